package vn.egov.portal.legal.control;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.egov.portal.legal.entity.LegalDocument;
import vn.egov.portal.search.control.IdentifierReader;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.Searchable;

/**
 * A published legal document as the search engine indexes it: found by its number and symbol
 * exactly (the key both spellings share, read by {@link NumberSymbol}), its excerpt, type, issuer,
 * signer and fields. As a bean, it reads the numbers typed into the search box for the engine.
 */
@Dependent
public class LegalDocuments implements IdentifierReader {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public static Searchable of(LegalDocument document) {
        String typeName =
                document.getType() == null ? null : document.getType().getName().getVi();
        String text = Stream.of(
                        document.getNumberSymbol(),
                        typeName,
                        document.issuerName(VIETNAMESE),
                        document.getSigner(),
                        String.join(", ", document.getFields()))
                .filter(Objects::nonNull)
                .collect(Collectors.joining(". "));
        return new Searchable(
                SearchKind.LEGAL_DOCUMENT,
                document.getId(),
                null,
                typeName,
                document.getIssueDate(),
                document.getNumberSymbol() + " " + document.getExcerpt(),
                text,
                "/van-ban/" + document.getEliPath(),
                List.of(document.getNumberKey()));
    }

    @Override
    public Optional<String> key(String typed) {
        return NumberSymbol.tryParse(typed).map(NumberSymbol::key);
    }

    @Override
    public Optional<String> keyPrefix(String typed) {
        return NumberSymbol.keyPrefix(typed);
    }
}
