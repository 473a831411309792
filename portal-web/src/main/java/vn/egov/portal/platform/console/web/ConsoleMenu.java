package vn.egov.portal.platform.console.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/** The console menu of the logged-in official: only the entries their roles open. */
@Named
@RequestScoped
public class ConsoleMenu {

    @Inject
    @Any
    Instance<ConsoleLinks> contributions;

    /** The request, not the Security API's context: its roles also hold while the error page renders. */
    @Inject
    HttpServletRequest request;

    private MenuModel model;

    public MenuModel getModel() {
        if (model == null) {
            model = build();
        }
        return model;
    }

    /** The entries this caller may open by section; sections come in the order of their first entry. */
    public Map<String, List<ConsoleLink>> getVisibleLinks() {
        return contributions.stream()
                .flatMap(contribution -> contribution.links().stream())
                .filter(this::visible)
                .sorted(Comparator.comparingInt(ConsoleLink::order))
                .collect(Collectors.groupingBy(ConsoleLink::section, LinkedHashMap::new, Collectors.toList()));
    }

    /** The menu entries that open this console page, whoever may see them: to say whose page it is. */
    public List<ConsoleLink> linksTo(String path) {
        return contributions.stream()
                .flatMap(contribution -> contribution.links().stream())
                .filter(link -> link.path().equals(path))
                .toList();
    }

    /** Whether the caller holds a role of some menu entry that opens this page (true for unlisted pages). */
    public boolean opens(String path) {
        List<ConsoleLink> links = linksTo(path);
        return links.isEmpty() || links.stream().anyMatch(this::visible);
    }

    private boolean visible(ConsoleLink link) {
        return link.roles().stream().anyMatch(request::isUserInRole);
    }

    private MenuModel build() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String context = faces.getExternalContext().getRequestContextPath();
        DefaultMenuModel menu = new DefaultMenuModel();
        getVisibleLinks().forEach((section, links) -> {
            DefaultSubMenu sub =
                    DefaultSubMenu.builder().label(bundle.getString(section)).build();
            links.forEach(link -> sub.getElements()
                    .add(DefaultMenuItem.builder()
                            .value(bundle.getString(link.labelKey()))
                            .icon(link.icon())
                            .url(context + link.path())
                            .build()));
            menu.getElements().add(sub);
        });
        return menu;
    }
}
