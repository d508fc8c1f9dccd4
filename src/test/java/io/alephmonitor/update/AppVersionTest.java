package io.alephmonitor.update;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How versions from the jar and from release tags compare. */
class AppVersionTest {

    private static AppVersion v(String text) {
        return AppVersion.parse(text);
    }

    @Test
    void numbersCompareOneByOneAndAMissingOneIsZero() {
        assertThat(v("v1.10").isNewerThan(v("1.9.9"))).isTrue();
        assertThat(v("1.4").compareTo(v("1.4.0"))).isZero();
        assertThat(v("2").isNewerThan(v("1.99"))).isTrue();
    }

    @Test
    void aSnapshotOrReleaseCandidateComesBeforeTheRelease() {
        assertThat(v("0.1.0").isNewerThan(v("0.1.0-SNAPSHOT"))).isTrue();
        assertThat(v("1.0-rc.2").isNewerThan(v("1.0-rc.1"))).isTrue();
        assertThat(v("1.0+build.7").compareTo(v("1.0"))).isZero();
    }

    @Test
    void textThatIsNoVersionIsNotOne() {
        assertThat(v("latest")).isNull();
        assertThat(v("")).isNull();
        assertThat(v(null)).isNull();
        assertThat(v("99999999999999.1")).isNull();
        assertThat(v("v1.4.0")).hasToString("1.4.0");
    }
}
