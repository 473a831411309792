package vn.egov.portal.search.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.store.Directory;
import vn.egov.portal.platform.cache.boundary.PublicContentVersion;
import vn.egov.portal.platform.config.boundary.PortalConfig;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.search.control.IdentifierReader;
import vn.egov.portal.search.control.IndexFolders;
import vn.egov.portal.search.control.SearchIndex;
import vn.egov.portal.search.entity.SearchKind;
import vn.egov.portal.search.entity.SearchWithdrawal;
import vn.egov.portal.search.entity.Searchable;

/**
 * The portal's one search engine: a Lucene index in {@code $PORTAL_DATA/search}, fed by the
 * features' {@link Searchable} and {@link SearchWithdrawal} events once their transactions have
 * committed, so a rolled-back publication never reaches the index and a withdrawal leaves it at
 * once. A rebuild ({@code search-reindex} job) fills a new index beside the current one, receiving
 * the live changes too, and swaps it in at the end. An index that cannot be read at start is
 * set aside and started empty, and {@link #isIncomplete} says so until the rebuild job (started by an
 * operator from the batch console) has filled a new one.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll // Only public content is indexed; who may rebuild is the batch console's check.
public class SearchEngine {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    @Inject
    PortalConfig config;

    @Inject
    @Any
    Instance<IdentifierReader> identifierReaders;

    @Inject
    PublicContentVersion publicContent;

    private IndexFolders folders;
    private volatile SearchIndex current;
    private volatile SearchIndex next;
    private volatile boolean incomplete;

    @PostConstruct
    void open() {
        folders = new IndexFolders(config.dataDirectory().resolve("search"));
        try {
            current = SearchIndex.open(folders.current());
        } catch (IOException unreadable) {
            LOG.log(
                    Level.WARNING,
                    "Search index unreadable, starting an empty one to rebuild: {0}",
                    unreadable.toString());
            current = create(folders::replaceUnreadable);
            incomplete = true;
        }
    }

    @PreDestroy
    void close() {
        closeQuietly(next);
        closeQuietly(current);
    }

    /** Reads the typed words (none: nothing found); longer than {@link SearchRequest#MAX_LENGTH} is bad input. */
    public SearchResults search(SearchRequest request) {
        String text = Text.clean(request.text());
        if (text != null && (text.length() > SearchRequest.MAX_LENGTH || !Text.isStorable(text))) {
            throw InvalidInputException.of("q", "search.error.query");
        }
        SearchRequest cleaned = new SearchRequest(
                text == null ? "" : text,
                request.kind(),
                request.site(),
                request.category(),
                request.year(),
                request.page());
        try {
            return current.search(cleaned, identifiers());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * The items of one kind the words find, best first: a feature's own list (the legal register, the
     * Q&A list, the articles API) filters and pages these ids with {@link RankedIds#page}. The words
     * are read as in {@link #search}; past {@link SearchRequest#MAX_LENGTH} or with control characters
     * they are bad input under {@code field}.
     */
    public RankedIds rank(SearchKind kind, String words, String field) {
        String text = Text.clean(words);
        if (text == null) {
            return RankedIds.NONE;
        }
        if (text.length() > SearchRequest.MAX_LENGTH || !Text.isStorable(text)) {
            throw InvalidInputException.of(field, "search.error.query");
        }
        try {
            return new RankedIds(current.rank(text, kind, RankedIds.MAX, identifiers()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The pages of the public items, newest first, at most {@code max}: what the sitemap lists. */
    public List<PublicAddress> publicAddresses(int max) {
        try {
            return current.addresses(max);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** True while the index may miss items: it was unreadable at start and no rebuild has finished since. */
    public boolean isIncomplete() {
        return incomplete;
    }

    public int size() {
        try {
            return current.size();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public void index(@Observes(during = TransactionPhase.AFTER_SUCCESS) Searchable item) {
        write(index -> index.put(List.of(item)));
    }

    public void withdraw(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchWithdrawal item) {
        write(index -> index.remove(item.key()));
    }

    /** Starts a rebuild: a new, empty index beside the current one, which stays in use until {@link #finishRebuild}. */
    public synchronized void startRebuild() {
        closeQuietly(next);
        next = create(folders::next);
    }

    /** Adds a chunk of the rebuild; starts one if none is under way (a restarted job). */
    public void rebuild(Collection<Searchable> items) {
        SearchIndex target = next;
        if (target == null) {
            synchronized (this) {
                if (next == null) {
                    next = openNext();
                }
                target = next;
            }
        }
        try {
            target.put(items);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** Swaps the rebuilt index in; returns how many items it holds. */
    public synchronized int finishRebuild() {
        SearchIndex rebuilt = next == null ? openNext() : next;
        try {
            folders.makeCurrent(rebuilt.directory());
        } catch (IOException unswappable) {
            throw new UncheckedIOException(unswappable);
        }
        SearchIndex old = current;
        current = rebuilt;
        next = null;
        incomplete = false;
        closeQuietly(old);
        folders.deleteOthers();
        publicContent.changed();
        return size();
    }

    private SearchIndex openNext() {
        try {
            return SearchIndex.open(folders.next());
        } catch (IOException unreadable) {
            return create(folders::next);
        }
    }

    private interface FolderSupplier {
        Directory get() throws IOException;
    }

    private interface IndexChange {
        void apply(SearchIndex index) throws IOException;
    }

    private static SearchIndex create(FolderSupplier folder) {
        try {
            return SearchIndex.create(folder.get());
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    /** A live change goes to the index in use and to the one being rebuilt, so the swap loses none. */
    private void write(IndexChange change) {
        for (SearchIndex index : new SearchIndex[] {current, next}) {
            if (index != null) {
                try {
                    change.apply(index);
                } catch (IOException unwritable) {
                    // The item's transaction has committed: keep the portal up, the rebuild repairs the index.
                    LOG.log(Level.SEVERE, "Search index not updated: {0}", unwritable.toString());
                    incomplete = true;
                }
            }
        }
        // The results page is cached by the public content version: it moved at the commit, before this.
        publicContent.changed();
    }

    private IdentifierReader identifiers() {
        List<IdentifierReader> readers = identifierReaders.stream().toList();
        return new IdentifierReader() {
            @Override
            public Optional<String> key(String typed) {
                return readers.stream()
                        .flatMap(reader -> reader.key(typed).stream())
                        .findFirst();
            }

            @Override
            public Optional<String> keyPrefix(String typed) {
                return readers.stream()
                        .flatMap(reader -> reader.keyPrefix(typed).stream())
                        .findFirst();
            }
        };
    }

    private static void closeQuietly(SearchIndex index) {
        if (index != null) {
            try {
                index.close();
            } catch (IOException alreadyGone) {
                LOG.log(Level.FINE, "Search index closed with: {0}", alreadyGone.toString());
            }
        }
    }
}
