package vn.egov.portal.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionBudgetTest {

    private final SessionBudget budget = new SessionBudget();
    private final List<String> ended = new ArrayList<>();

    @Test
    void beyondTheCeilingTheOldestSessionsEnd() {
        for (int i = 1; i <= 5; i++) {
            String id = "s" + i;
            budget.admit(id, () -> ended.add(id), 3).forEach(Runnable::run);
        }

        assertThat(ended).containsExactly("s1", "s2");
        assertThat(budget.size()).isEqualTo(3);
    }

    @Test
    void aSessionThatLoggedInOrEndedNoLongerCounts() {
        budget.admit("visitor", () -> ended.add("visitor"), 2);
        budget.admit("official", () -> ended.add("official"), 2);
        budget.forget("official");
        budget.rename("visitor", "visitor-after-new-id");

        budget.admit("third", () -> ended.add("third"), 2).forEach(Runnable::run);

        assertThat(ended).isEmpty();
        budget.admit("fourth", () -> ended.add("fourth"), 2).forEach(Runnable::run);
        assertThat(ended).containsExactly("visitor");
    }
}
