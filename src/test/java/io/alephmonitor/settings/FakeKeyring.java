package io.alephmonitor.settings;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory stand-in for the OS credential store, which CI machines do not have. */
final class FakeKeyring implements SystemKeyring {

    private volatile String secret;
    volatile boolean refusesWrites;
    final AtomicInteger writes = new AtomicInteger();

    FakeKeyring holding(String stored) {
        secret = stored;
        return this;
    }

    @Override
    public Optional<String> read() {
        return Optional.ofNullable(secret);
    }

    @Override
    public void write(String value) {
        writes.incrementAndGet();
        if (refusesWrites) {
            throw new ApiKeyStorageException("Could not save the API key in the fake keyring (locked)", null);
        }
        secret = value;
    }

    @Override
    public void delete() {
        secret = null;
    }

    @Override
    public String displayName() {
        return "the fake keyring";
    }
}
