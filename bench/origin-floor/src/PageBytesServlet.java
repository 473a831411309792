package floor;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes one page's bytes from memory, as the portal's page cache does for a hit, with nothing of
 * the portal around it: what Payara Micro itself costs per request is what this measures.
 */
@WebServlet(urlPatterns = "/page", loadOnStartup = 1)
public class PageBytesServlet extends HttpServlet {
    private byte[] page;

    @Override
    public void init() throws ServletException {
        try {
            page = Files.readAllBytes(Path.of(System.getProperty("floor.page")));
        } catch (IOException e) {
            throw new ServletException("floor.page cannot be read", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
