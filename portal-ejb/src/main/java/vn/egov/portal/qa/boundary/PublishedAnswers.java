package vn.egov.portal.qa.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.platform.entity.LocalizedText;
import vn.egov.portal.platform.error.boundary.NotFoundException;
import vn.egov.portal.platform.error.boundary.WithdrawnException;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.qa.entity.Citation;
import vn.egov.portal.search.boundary.SearchEngine;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.site.entity.OrgUnit;

/**
 * The public Q&A section (Article 9.3): published answers only, searchable by field, agency and
 * words (with or without diacritics). Every query selects the public columns alone.
 */
@Stateless
@PermitAll
public class PublishedAnswers {

    private static final String COLUMNS = "select q.id, q.publication.title, q.publication.body, q.publication.answer,"
            + " q.publication.publishedAt, q.answer.answeredAt, f.code, f.name, a.code, a.name";
    private static final String FROM = " from Question q left join q.field f left join q.agency a"
            + " where q.state = vn.egov.portal.qa.entity.QuestionState.PUBLISHED";

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchEngine engine;

    /**
     * By field and agency, newest first; with words, the search engine's best matches first (400 on
     * {@code q} for words it cannot read).
     */
    public ResultPage<PublishedQa> search(PublishedSearch search) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder();
        if (!Text.isBlank(search.field())) {
            where.append(" and f.code = :field");
            parameters.put("field", search.field().strip());
        }
        if (!Text.isBlank(search.agency())) {
            where.append(" and a.code = :agency");
            parameters.put("agency", search.agency().strip());
        }
        PageRequest page = search.page();
        if (!Text.isBlank(search.text())) {
            return engine.rank(SearchKind.ANSWER, search.text(), "q")
                    .page(
                            page,
                            ids -> bind(
                                            em.createQuery(
                                                            "select q.id" + FROM + where + " and q.id in :ids",
                                                            Long.class)
                                                    .setParameter("ids", ids),
                                            parameters)
                                    .getResultList(),
                            ids -> em
                                    .createQuery(COLUMNS + FROM + " and q.id in :ids", Object[].class)
                                    .setParameter("ids", ids)
                                    .getResultList()
                                    .stream()
                                    .map(PublishedAnswers::row)
                                    .toList(),
                            PublishedQa::id);
        }
        TypedQuery<Object[]> rows = bind(
                em.createQuery(
                        COLUMNS + FROM + where + " order by q.publication.publishedAt desc, q.id desc", Object[].class),
                parameters);
        TypedQuery<Long> count = bind(em.createQuery("select count(q)" + FROM + where, Long.class), parameters);
        List<PublishedQa> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(PublishedAnswers::row)
                .toList();
        return ResultPage.of(page, items, count.getSingleResult());
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /** The published answers with an id above {@code afterId}, in id order, without their citations. */
    public List<PublishedQa> listAfter(long afterId, int max) {
        return em
                .createQuery(COLUMNS + FROM + " and q.id > :after order by q.id", Object[].class)
                .setParameter("after", afterId)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(PublishedAnswers::row)
                .toList();
    }

    public List<PublishedQa> latest(int max) {
        return em
                .createQuery(COLUMNS + FROM + " order by q.publication.publishedAt desc, q.id desc", Object[].class)
                .setMaxResults(Math.min(max, PageRequest.MAX_SIZE))
                .getResultList()
                .stream()
                .map(PublishedAnswers::row)
                .toList();
    }

    /** The agencies that have published answers, for the search form. */
    public List<OrgUnit> listAgencies() {
        return em
                .createQuery(
                        "select distinct a from Question q join q.agency a"
                                + " where q.state = vn.egov.portal.qa.entity.QuestionState.PUBLISHED",
                        OrgUnit.class)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(OrgUnit::getPath))
                .toList();
    }

    public Optional<PublishedQa> find(long id) {
        return em
                .createQuery(COLUMNS + FROM + " and q.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst()
                .map(row -> row(row).withCitations(citationsOf(id)));
    }

    /** Throws {@link WithdrawnException} for an answer the board published and took back. */
    public PublishedQa get(long id) {
        return find(id).orElseThrow(() -> wasPublished(id)
                ? new WithdrawnException("Published question", id)
                : new NotFoundException("Published question", id));
    }

    /** Published once: unpublishing keeps the publication, whose date says it was public. */
    private boolean wasPublished(long id) {
        return em.createQuery(
                                "select count(q) from Question q where q.id = :id and q.publication.publishedAt is not null",
                                Long.class)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }

    private List<Citation> citationsOf(long id) {
        return em.createQuery(
                        "select c from Question q join q.citations c where q.id = :id order by index(c)",
                        Citation.class)
                .setParameter("id", id)
                .getResultList();
    }

    private static PublishedQa row(Object[] row) {
        return new PublishedQa(
                (Long) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (Instant) row[4],
                (Instant) row[5],
                (String) row[6],
                (LocalizedText) row[7],
                (String) row[8],
                (LocalizedText) row[9],
                List.of());
    }
}
