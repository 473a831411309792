package vn.egov.portal.security.web;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Anonymous sessions by id, oldest first, each with the way to end it; see {@link AnonymousSessions}. */
final class SessionBudget {

    private final Map<String, Runnable> sessions = new LinkedHashMap<>();

    /** Counts a new session; answers how to end the oldest ones beyond {@code max}, to be run outside the lock. */
    synchronized List<Runnable> admit(String id, Runnable end, int max) {
        sessions.put(id, end);
        List<Runnable> over = new ArrayList<>();
        Iterator<Runnable> oldest = sessions.values().iterator();
        while (sessions.size() > max && oldest.hasNext()) {
            over.add(oldest.next());
            oldest.remove();
        }
        return over;
    }

    synchronized void forget(String id) {
        sessions.remove(id);
    }

    synchronized void rename(String oldId, String newId) {
        Runnable end = sessions.remove(oldId);
        if (end != null) {
            sessions.put(newId, end);
        }
    }

    synchronized int size() {
        return sessions.size();
    }
}
