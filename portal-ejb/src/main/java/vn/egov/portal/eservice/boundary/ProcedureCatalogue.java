package vn.egov.portal.eservice.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.eservice.control.ProcedureCode;
import vn.egov.portal.eservice.entity.Procedure;
import vn.egov.portal.eservice.entity.ProcedureForm;
import vn.egov.portal.eservice.entity.ProcedureRevision;
import vn.egov.portal.media.entity.StoredFile;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The public catalogue of administrative procedures (R8, Article 5.11): filtered pages and one
 * procedure by its code. Typed words are the portal's search engine's, as in the legal register.
 */
@Stateless
// The catalogue is public information: anyone may read it.
@PermitAll
public class ProcedureCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchEngine engine;

    /** By the filters, in name order; with words, the search engine's best matches first (400 on {@code q}). */
    public ResultPage<Procedure> search(ProcedureSearch search) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        equal(where, parameters, Text.clean(search.field()), " and p.field = :field", "field");
        equal(where, parameters, Text.clean(search.agencyCode()), " and p.agency.code = :agency", "agency");
        equal(where, parameters, search.level(), " and p.level = :level", "level");
        equal(where, parameters, search.onlineLevel(), " and p.onlineLevel = :online", "online");
        if (!Text.isBlank(search.text())) {
            TypedQuery<Long> accepted =
                    em.createQuery("select p.id from Procedure p" + where + " and p.id in :ids", Long.class);
            parameters.forEach(accepted::setParameter);
            return engine.rank(SearchKind.PROCEDURE, search.text(), "q")
                    .page(
                            search.page(),
                            ids -> accepted.setParameter("ids", ids).getResultList(),
                            ids -> em.createQuery("select p from Procedure p where p.id in :ids", Procedure.class)
                                    .setParameter("ids", ids)
                                    .getResultList(),
                            Procedure::getId);
        }
        TypedQuery<Procedure> items =
                em.createQuery("select p from Procedure p" + where + " order by p.name, p.id", Procedure.class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Procedure p" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        return ResultPage.of(
                search.page(),
                items.setFirstResult(search.page().offset())
                        .setMaxResults(search.page().size())
                        .getResultList(),
                count.getSingleResult());
    }

    /** By the code as typed (spaces, lower case allowed); an unreadable or unknown code is a 404. */
    public Procedure byCode(String typed) {
        String code = ProcedureCode.read(typed)
                .map(ProcedureCode::text)
                .orElseThrow(() -> new NotFoundException("Procedure", "(unreadable code)"));
        return em.createNamedQuery(Procedure.BY_CODE, Procedure.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Procedure", code));
    }

    /** The procedure's revisions, newest first: its change history on its page. */
    public List<ProcedureRevision> history(Procedure procedure) {
        return em.createNamedQuery(ProcedureRevision.OF_PROCEDURE, ProcedureRevision.class)
                .setParameter("procedure", procedure)
                .getResultList();
    }

    /**
     * The newest changes of the catalogue, newest first (Article 10.2): the announcements on the
     * catalogue page and in its Atom feed.
     */
    public List<ProcedureRevision> recentChanges(int max) {
        return em.createNamedQuery(ProcedureRevision.LATEST, ProcedureRevision.class)
                .setMaxResults(Math.max(1, Math.min(max, 100)))
                .getResultList();
    }

    /** The blank forms of the procedure's components, by component number. */
    public Map<Integer, ProcedureForm> forms(Procedure procedure) {
        Map<Integer, ProcedureForm> forms = new LinkedHashMap<>();
        em.createNamedQuery(ProcedureForm.OF_PROCEDURE, ProcedureForm.class)
                .setParameter("procedure", procedure)
                .getResultList()
                .forEach(form -> forms.put(form.getComponentNumber(), form));
        return forms;
    }

    /** A blank form for its public download; the catalogue is public, so every form is. */
    public Optional<StoredFile> findForm(long id) {
        return Optional.ofNullable(em.find(ProcedureForm.class, id)).map(ProcedureForm::getStored);
    }

    /** The fields in use, for the filter list. */
    public List<String> fields() {
        return em.createQuery("select distinct p.field from Procedure p order by p.field", String.class)
                .getResultList();
    }

    /** The agencies that settle at least one procedure, for the filter list. */
    public List<OrgUnit> agencies() {
        return em.createQuery(
                        "select u from OrgUnit u where exists (select p from Procedure p where p.agency = u)"
                                + " order by u.path",
                        OrgUnit.class)
                .getResultList();
    }

    private static void equal(
            StringBuilder where, Map<String, Object> parameters, Object value, String fragment, String name) {
        if (value != null) {
            where.append(fragment);
            parameters.put(name, value);
        }
    }
}
