package vn.egov.portal.test.container;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * In the test deployments only: the SQL statements EclipseLink sends to the database while one request
 * runs, for requests that carry the {@link #HEADER} with a token of the test's own. Statements are
 * recorded as written (with their ? placeholders), never with bound values.
 */
@WebListener
public class QueryLog implements ServletContextListener, ServletRequestListener {

    /** A request with this header has its statements recorded under the header's value. */
    public static final String HEADER = "X-Test-Query-Log";

    private static final ThreadLocal<List<String>> CURRENT = new ThreadLocal<>();
    private static final Map<String, List<String>> FINISHED = new ConcurrentHashMap<>();

    @PersistenceUnit(unitName = "portal")
    EntityManagerFactory factory;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        EntityManager em = factory.createEntityManager();
        try {
            em.unwrap(JpaEntityManager.class)
                    .getServerSession()
                    .getEventManager()
                    .addListener(new SessionEventAdapter() {
                        @Override
                        public void preExecuteCall(SessionEvent call) {
                            List<String> statements = CURRENT.get();
                            if (statements != null) {
                                statements.add(
                                        call.getCall() instanceof DatabaseCall sql
                                                ? sql.getSQLString()
                                                : String.valueOf(call.getCall()));
                            }
                        }
                    });
        } finally {
            em.close();
        }
    }

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request && request.getHeader(HEADER) != null) {
            CURRENT.set(new ArrayList<>());
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        List<String> statements = CURRENT.get();
        CURRENT.remove();
        if (statements != null && event.getServletRequest() instanceof HttpServletRequest request) {
            FINISHED.put(request.getHeader(HEADER), List.copyOf(statements));
        }
    }

    /** The statements of the finished request with this token (waits a little: it ends after its answer). */
    public static Optional<List<String>> of(String token, Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < until) {
            List<String> statements = FINISHED.remove(token);
            if (statements != null) {
                return Optional.of(statements);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
