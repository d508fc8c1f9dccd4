package io.alephmonitor.download;

import io.alephmonitor.kie.ApiError;
import io.alephmonitor.kie.ApiResult;
import io.alephmonitor.kie.KieApi;
import io.alephmonitor.tracking.SaveException;

import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@link LinkRenewal} through kie.ai's {@code POST /api/v1/common/download-url}, which answers a
 * fresh link (valid about 20 minutes) for files kie.ai generated, and 422 for anything else.
 */
public final class KieLinkRenewal implements LinkRenewal {

    private final Supplier<KieApi> api;

    /** @param api the client to ask now (it changes with the key or address); null while there is no key */
    public KieLinkRenewal(Supplier<KieApi> api) {
        this.api = Objects.requireNonNull(api);
    }

    @Override
    public URI renew(URI expired) throws SaveException {
        KieApi client = api.get();
        if (client == null) {
            throw new SaveException("The result link has expired, and a fresh one needs your API key. "
                    + "Open Settings to enter it, then save again.");
        }
        return switch (client.freshDownloadUrl(expired.toString())) {
            case ApiResult.Ok<String> ok when ok.value() != null -> WebAddress.parseFetchable(ok.value());
            case ApiResult.Ok<String> empty -> throw new SaveException("The result link has expired and kie.ai "
                    + "sent no fresh one. Try again later.");
            case ApiResult.Err<String> err -> throw refusal(err.error());
        };
    }

    private static SaveException refusal(ApiError error) {
        if (error.kind() == ApiError.Kind.INVALID_REQUEST) {
            return new SaveException("The result link has expired and kie.ai cannot renew it (it does not "
                    + "recognise the link as one of its files). This result is lost; generate it again if you need it.");
        }
        if (error.kind() == ApiError.Kind.NOT_FOUND) {
            return new SaveException("The result link has expired and kie.ai no longer keeps the file. "
                    + "This result is lost; generate it again if you need it.");
        }
        return new SaveException("The result link has expired and a fresh one could not be fetched: "
                + error.userMessage());
    }
}
