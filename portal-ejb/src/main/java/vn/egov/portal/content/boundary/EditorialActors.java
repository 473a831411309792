package vn.egov.portal.content.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.egov.portal.content.control.EditorialActor;
import vn.egov.portal.content.control.EditorialRole;
import vn.egov.portal.content.entity.Article;
import vn.egov.portal.content.entity.EditorialDelegation;
import vn.egov.portal.security.entity.Role;
import vn.egov.portal.security.entity.UserAccount;
import vn.egov.portal.site.entity.Category;
import vn.egov.portal.site.entity.Site;

/**
 * Works out an official's part for one article from their grants: a role on the article's site, or
 * the main portal's editor-in-chief, who has the final say everywhere (Article 15.4a).
 */
@Stateless
// Open to every caller on purpose: the guarded editorial boundaries call it to find the caller's role.
@PermitAll
public class EditorialActors {

    @PersistenceContext
    EntityManager em;

    public EditorialActor of(UserAccount account, Article article) {
        EditorialActor onSite = of(account, article.getSite(), article.getCategory());
        return new EditorialActor(onSite.role(), article.isAuthoredBy(account.getUsername()), onSite.delegated());
    }

    public EditorialActor of(UserAccount account, Site site, Category category) {
        return new EditorialActor(roleOn(account, site), false, delegated(account, site, category));
    }

    public EditorialRole roleOn(UserAccount account, Site site) {
        if (account.holds(Role.EDITOR_IN_CHIEF, site) || mainEditorInChief(account)) {
            return EditorialRole.EDITOR_IN_CHIEF;
        }
        if (account.holds(Role.SUBPORTAL_EDITOR, site)) {
            return EditorialRole.SUBPORTAL_EDITOR;
        }
        if (account.holds(Role.DEPUTY_EDITOR, site)) {
            return EditorialRole.DEPUTY_EDITOR;
        }
        if (account.holds(Role.SECRETARY, site)) {
            return EditorialRole.SECRETARY;
        }
        return account.holds(Role.COLLABORATOR, site) ? EditorialRole.COLLABORATOR : EditorialRole.NONE;
    }

    private static boolean mainEditorInChief(UserAccount account) {
        return account.getGrants().stream()
                .anyMatch(grant -> grant.getRole() == Role.EDITOR_IN_CHIEF
                        && grant.getSite() != null
                        && grant.getSite().isMain());
    }

    private boolean delegated(UserAccount account, Site site, Category category) {
        return em.createNamedQuery(EditorialDelegation.EXISTS, Long.class)
                        .setParameter("username", account.getUsername())
                        .setParameter("site", site.getId())
                        .setParameter("category", category.getId())
                        .getSingleResult()
                > 0;
    }
}
