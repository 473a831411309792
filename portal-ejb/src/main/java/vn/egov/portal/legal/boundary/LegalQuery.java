package vn.egov.portal.legal.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.egov.portal.legal.control.NumberSymbol;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.legal.entity.LegalStatus;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.paging.boundary.PageRequest;
import vn.egov.portal.platform.paging.boundary.ResultPage;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.search.boundary.RankedIds;

/**
 * Builds the register's query from fixed fragments, every value bound as a parameter. The number
 * and symbol match exactly on their key, a number alone ("15", "15/2010") every document so
 * numbered. The status is the one readers see on the given day ({@link LegalDocument#statusOn}).
 * Typed words are the search engine's: {@link #ranked} keeps the engine's documents that the other
 * criteria accept, best first.
 */
final class LegalQuery {

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    static LegalQuery of(LegalSearch search, boolean publishedOnly, LocalDate today) {
        LegalQuery query = new LegalQuery();
        if (publishedOnly) {
            query.where.append(" and d.publishedAt is not null");
        }
        query.numberSymbol(search.numberSymbol());
        query.equal(Text.clean(search.typeCode()), " and d.type.code = :type", "type");
        query.equal(Text.clean(search.issuerCode()), " and d.issuer.code = :issuer", "issuer");
        query.equal(Text.clean(search.field()), " and :field member of d.fields", "field");
        query.equal(search.year(), " and d.number.docYear = :year", "year");
        query.status(search.status(), today);
        return query;
    }

    private void numberSymbol(String typed) {
        if (Text.clean(typed) == null) {
            return;
        }
        Optional<String> numberOnly = NumberSymbol.keyPrefix(typed);
        if (numberOnly.isPresent()) {
            equal(numberOnly.get() + "%", " and d.number.numberKey like :numberKey", "numberKey");
            return;
        }
        NumberSymbol number = NumberSymbol.tryParse(typed)
                .orElseThrow(() -> InvalidInputException.of("numberSymbol", "error.legal.numberSymbol"));
        equal(number.key(), " and d.number.numberKey = :numberKey", "numberKey");
    }

    private void status(LegalStatus wanted, LocalDate today) {
        if (wanted == null) {
            return;
        }
        String started = " (d.effectiveDate is null or d.effectiveDate <= :today)";
        switch (wanted) {
            case NOT_YET_IN_FORCE -> where.append(" and d.status in :dated and d.effectiveDate > :today");
            case EXPIRED -> where.append(
                            " and (d.status = :status or (d.status in :dated and d.expiryDate <= :today and")
                    .append(started)
                    .append("))");
            case REPLACED -> where.append(" and d.status = :status");
            default -> where.append(" and d.status = :status and")
                    .append(started)
                    .append(" and (d.expiryDate is null or d.expiryDate > :today)");
        }
        if (wanted != LegalStatus.NOT_YET_IN_FORCE) {
            parameters.put("status", wanted);
        }
        if (wanted == LegalStatus.NOT_YET_IN_FORCE || wanted == LegalStatus.EXPIRED) {
            parameters.put("dated", List.copyOf(LegalStatus.DATED));
        }
        if (wanted != LegalStatus.REPLACED) {
            parameters.put("today", today);
        }
    }

    private void equal(Object value, String fragment, String name) {
        if (value != null) {
            where.append(fragment);
            parameters.put(name, value);
        }
    }

    ResultPage<LegalDocument> page(EntityManager em, PageRequest page) {
        TypedQuery<LegalDocument> items = bind(em.createQuery(
                "select d from LegalDocument d" + where + " order by d.issueDate desc, d.id desc",
                LegalDocument.class));
        TypedQuery<Long> count = bind(em.createQuery("select count(d) from LegalDocument d" + where, Long.class));
        return ResultPage.of(
                page,
                items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** The engine's documents that the criteria accept, in the engine's order, a page at a time. */
    ResultPage<LegalDocument> ranked(EntityManager em, PageRequest page, RankedIds ranked) {
        return ranked.page(
                page,
                ids -> bind(em.createQuery(
                                "select d.id from LegalDocument d" + where + " and d.id in :ids", Long.class))
                        .setParameter("ids", ids)
                        .getResultList(),
                ids -> em.createQuery("select d from LegalDocument d where d.id in :ids", LegalDocument.class)
                        .setParameter("ids", ids)
                        .getResultList(),
                LegalDocument::getId);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
