package io.pokeapi.suite.client;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;

/**
 * A response body that says once when it has been read to its end or closed: when a request is over
 * for the interceptors that time it, since the caller reads the body after they return.
 */
public final class ObservedBody extends ResponseBody {

    private final ResponseBody body;
    private final BufferedSource source;

    private ObservedBody(ResponseBody body, Runnable done) {
        this.body = body;
        AtomicBoolean reported = new AtomicBoolean();
        Runnable once = () -> {
            if (!reported.getAndSet(true)) {
                done.run();
            }
        };
        this.source = Okio.buffer(new ForwardingSource(body.source()) {
            @Override
            public long read(Buffer sink, long byteCount) throws IOException {
                long read = super.read(sink, byteCount);
                if (read == -1) {
                    once.run();
                }
                return read;
            }

            @Override
            public void close() throws IOException {
                once.run();
                super.close();
            }
        });
    }

    /** {@code body}, running {@code done} once when it has been read to its end or closed. */
    public static ResponseBody whenDone(ResponseBody body, Runnable done) {
        return new ObservedBody(body, done);
    }

    @Override
    public MediaType contentType() {
        return body.contentType();
    }

    @Override
    public long contentLength() {
        return body.contentLength();
    }

    @Override
    public BufferedSource source() {
        return source;
    }
}
