package vn.egov.portal.platform.cache.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Holds a rendered response back so the page cache can decide whether to keep it. Only plain 200
 * answers of HTML or feeds without a Set-Cookie header are keepable; anything else is passed on as it
 * came.
 */
class BufferingResponse extends HttpServletResponseWrapper {

    private static final Set<String> KEEPABLE_TYPES =
            Set.of("text/html", "application/atom+xml", "application/rss+xml", "application/xml");

    /** Beyond this a response is no page but a download: it streams on and is not kept. */
    private static final int MAX_KEPT = 2 * 1024 * 1024;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
    private ServletOutputStream overflow;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private int status = SC_OK;
    private boolean cookieSet;
    private boolean committedElsewhere;

    BufferingResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("Buffered response is blocking");
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (overflow == null && buffer.size() + length > MAX_KEPT) {
                        overflow = BufferingResponse.super.getOutputStream();
                        buffer.writeTo(overflow);
                        buffer.reset();
                    }
                    if (overflow != null) {
                        overflow.write(bytes, offset, length);
                    } else {
                        buffer.write(bytes, offset, length);
                    }
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        committedElsewhere = true;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        committedElsewhere = true;
        super.sendError(sc, msg);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        committedElsewhere = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
        cookieSet = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        cookieSet |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    @Override
    public void flushBuffer() {
        // Held back on purpose: the cache decides when the bytes go out.
    }

    boolean keepable() {
        flushWriter();
        String type = getContentType();
        String base = type == null ? "" : type.split(";")[0].strip();
        return !committedElsewhere
                && overflow == null
                && status == SC_OK
                && !cookieSet
                && !getHeaders("Set-Cookie").iterator().hasNext()
                && KEEPABLE_TYPES.contains(base)
                && buffer.size() > 0;
    }

    byte[] body() {
        flushWriter();
        return buffer.toByteArray();
    }

    /** Sends what was held back unchanged, for answers the cache does not keep. */
    void passThrough() throws IOException {
        flushWriter();
        if (!committedElsewhere && buffer.size() > 0) {
            HttpServletResponse real = (HttpServletResponse) getResponse();
            if (overflow == null) {
                real.setContentLength(buffer.size());
            }
            buffer.writeTo(real.getOutputStream());
        }
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }
}
