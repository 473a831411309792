package vn.egov.portal.eservice.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.egov.portal.eservice.entity.DossierComponent;

/**
 * Which components of a procedure a dossier lacks: each required one without a file, by its number
 * (from 1) and name, in the procedure's order; and files that name no component of the procedure.
 */
public final class DossierCheck {

    private final List<DossierComponent> components;

    public DossierCheck(List<DossierComponent> components) {
        this.components = List.copyOf(components);
    }

    /** The required components with no file among {@code uploads}, number to name. */
    public Map<Integer, String> missing(List<ComponentUpload> uploads) {
        Set<Integer> given = uploads.stream().map(ComponentUpload::component).collect(Collectors.toSet());
        Map<Integer, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i).isRequired() && !given.contains(i + 1)) {
                missing.put(i + 1, components.get(i).getName());
            }
        }
        return missing;
    }

    /** The component numbers among {@code uploads} that the procedure does not have. */
    public List<Integer> unknown(List<ComponentUpload> uploads) {
        List<Integer> unknown = new ArrayList<>();
        for (ComponentUpload upload : uploads) {
            if (upload.component() < 1 || upload.component() > components.size()) {
                unknown.add(upload.component());
            }
        }
        return unknown;
    }
}
