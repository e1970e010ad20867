package io.pokeapi.suite.logging;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes text on a line at a time with the secrets masked, so that a secret written in pieces is still
 * whole when it is looked for. A flush passes on the line begun so far. Closing it leaves the stream
 * beneath open: that is standard output or error, which outlives it.
 */
final class MaskedLines extends FilterOutputStream {

    private final SecretMask mask;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    MaskedLines(OutputStream out, SecretMask mask) {
        super(out);
        this.mask = mask;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            passOn();
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i + 1 - start);
                passOn();
                start = i + 1;
            }
        }
        line.write(bytes, start, end - start);
    }

    @Override
    public synchronized void flush() throws IOException {
        passOn();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void passOn() throws IOException {
        if (line.size() > 0) {
            out.write(mask.apply(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            line.reset();
        }
    }
}
