package vn.egov.portal.platform.cache.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import org.omnifaces.component.output.Cache;
import org.omnifaces.util.cache.CacheFactory;

/**
 * {@code <portal:kept key="…" time="300">}: a fragment of a public page whose markup is the same for
 * every reader of the key, kept in the application's fragment cache (OmniFaces {@code o:cache},
 * application scope) and written out again.
 *
 * <p>{@code o:cache} alone only skips rendering: its children are still built into the component tree
 * on every request of a transient view, which JFR showed as a fifth of an uncached home page (issue 15).
 * This handler looks the key up while the view is built: when the markup is kept, it puts it in the tree
 * as one leaf and builds none of the children; otherwise it builds them inside an {@code o:cache} of the
 * same key, which renders and keeps them. The markup found is held by the leaf, so an entry that
 * expires between building and rendering cannot leave the page without it.
 *
 * <p>The key must name everything the markup depends on (portal, language, content version, and the
 * page's own part where the fragment shows it, e.g. the current menu entry).
 */
public final class KeptFragment extends TagHandler {

    static final String SCOPE = "application";

    private final TagAttribute key;
    private final TagAttribute time;

    public KeptFragment(TagConfig config) {
        super(config);
        this.key = getRequiredAttribute("key");
        this.time = getRequiredAttribute("time");
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) throws java.io.IOException {
        FacesContext faces = context.getFacesContext();
        String name = key.getValue(context);
        String id = faces.getViewRoot().createUniqueId(faces, context.generateUniqueId(tagId));
        String kept = CacheFactory.getCache(faces, SCOPE).get(name);
        if (kept != null) {
            parent.getChildren().add(markup(faces, id, kept));
            return;
        }
        Cache cache = (Cache) faces.getApplication().createComponent(Cache.COMPONENT_TYPE);
        cache.setId(id);
        cache.setKey(name);
        cache.setScope(SCOPE);
        cache.setTime(time.getInt(context));
        parent.getChildren().add(cache);
        nextHandler.apply(context, cache);
    }

    /** The kept markup as it was rendered: already escaped where it had to be, so written out as it is. */
    private static UIComponent markup(FacesContext faces, String id, String kept) {
        HtmlOutputText text = (HtmlOutputText) faces.getApplication().createComponent(HtmlOutputText.COMPONENT_TYPE);
        text.setId(id);
        text.setValue(kept);
        text.setEscape(false);
        text.setTransient(true);
        return text;
    }
}
