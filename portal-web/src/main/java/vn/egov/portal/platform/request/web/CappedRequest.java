package vn.egov.portal.platform.request.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * The request as the application reads it: a header that does not parse reads as absent (a garbage
 * If-Modified-Since is ignored, as HTTP says, instead of throwing from every caller), and the body,
 * when it has a limit, stops with {@link BodyTooLargeException} at the first byte past it, however it
 * was sent (a chunked body declares no length).
 */
final class CappedRequest extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream body;

    CappedRequest(HttpServletRequest request, long limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public long getDateHeader(String name) {
        try {
            return super.getDateHeader(name);
        } catch (IllegalArgumentException unparseable) {
            return -1;
        }
    }

    @Override
    public int getIntHeader(String name) {
        try {
            return super.getIntHeader(name);
        } catch (NumberFormatException unparseable) {
            return -1;
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (limit < 0) {
            return super.getInputStream();
        }
        if (body == null) {
            body = new Capped(super.getInputStream(), limit);
        }
        return body;
    }

    private static final class Capped extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Capped(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limit) {
                throw new BodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
