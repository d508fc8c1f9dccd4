package io.alephmonitor.kie;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a size cap. Reading stops (and the connection is dropped) as soon as
 * the cap is passed, so a runaway or hostile answer never fills the heap.
 *
 * @param bytes    the body; empty when {@code tooLarge}
 * @param tooLarge true when the body went past the cap
 */
record CappedBody(byte[] bytes, boolean tooLarge) {

    /** A body subscriber that reads at most {@code maxBytes}. */
    static HttpResponse.BodySubscriber<CappedBody> subscriber(int maxBytes) {
        return new Subscriber(maxBytes);
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<CappedBody> {

        private final int maxBytes;
        private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        Subscriber(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<CappedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                if (buffer.size() + (long) item.remaining() > maxBytes) {
                    subscription.cancel();
                    result.complete(new CappedBody(new byte[0], true));
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                buffer.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(new CappedBody(buffer.toByteArray(), false));
        }
    }
}
