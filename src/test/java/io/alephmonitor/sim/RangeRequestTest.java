package io.alephmonitor.sim;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How Range headers are read (RFC 9110, single ranges). */
class RangeRequestTest {

    @Test
    void noHeaderMeansTheWholeFile() {
        assertThat(RangeRequest.of(null, 100)).isInstanceOf(RangeRequest.Whole.class);
    }

    @Test
    void aClosedRangeIsClampedToTheEnd() {
        assertThat(RangeRequest.of("bytes=10-19", 100)).isEqualTo(new RangeRequest.Slice(10, 19));
        assertThat(RangeRequest.of("bytes=90-500", 100)).isEqualTo(new RangeRequest.Slice(90, 99));
    }

    @Test
    void openAndSuffixRanges() {
        assertThat(RangeRequest.of("bytes=95-", 100)).isEqualTo(new RangeRequest.Slice(95, 99));
        assertThat(RangeRequest.of("bytes=-5", 100)).isEqualTo(new RangeRequest.Slice(95, 99));
        assertThat(RangeRequest.of("bytes=-500", 100)).isEqualTo(new RangeRequest.Slice(0, 99));
    }

    @Test
    void aStartAtOrPastTheEndIsUnsatisfiable() {
        assertThat(RangeRequest.of("bytes=100-", 100)).isInstanceOf(RangeRequest.Unsatisfiable.class);
        assertThat(RangeRequest.of("bytes=100-200", 100)).isInstanceOf(RangeRequest.Unsatisfiable.class);
        assertThat(RangeRequest.of("bytes=-0", 100)).isInstanceOf(RangeRequest.Unsatisfiable.class);
        assertThat(RangeRequest.of("bytes=0-", 0)).isInstanceOf(RangeRequest.Unsatisfiable.class);
    }

    @Test
    void malformedOrMultipleRangesAreIgnored() {
        assertThat(RangeRequest.of("bytes=20-10", 100)).isInstanceOf(RangeRequest.Whole.class);
        assertThat(RangeRequest.of("items=0-10", 100)).isInstanceOf(RangeRequest.Whole.class);
        assertThat(RangeRequest.of("bytes=a-b", 100)).isInstanceOf(RangeRequest.Whole.class);
        assertThat(RangeRequest.of("bytes=0-1,5-6", 100)).isInstanceOf(RangeRequest.Whole.class);
    }
}
