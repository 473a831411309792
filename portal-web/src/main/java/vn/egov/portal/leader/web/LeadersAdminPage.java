package vn.egov.portal.leader.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.egov.portal.leader.boundary.LeaderAdministration;
import vn.egov.portal.leader.boundary.LeaderDirectory;
import vn.egov.portal.leader.entity.Leader;
import vn.egov.portal.leader.entity.ScheduleEntry;
import vn.egov.portal.platform.validation.boundary.InvalidInputException;
import vn.egov.portal.platform.validation.web.FacesFeedback;

/** Leaders' profiles and this week's schedule, edited by the board. */
@Named
@ViewScoped
public class LeadersAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LeaderDirectory directory;

    @Inject
    LeaderAdministration administration;

    @Inject
    Clock clock;

    private Long editing;
    private String name;
    private String titleVi;
    private String titleEn;
    private String dutiesVi;
    private String biographyVi;
    private String phone;
    private String email;
    private Long entryLeader;
    private LocalDate entryDay;
    private String entryTime;
    private String entryPlace;
    private String entryVi;
    private String entryEn;

    public List<Leader> getLeaders() {
        return directory.listLeaders();
    }

    public List<ScheduleEntry> getWeek() {
        return directory.listWeek(entryDay == null ? LocalDate.now(clock) : entryDay);
    }

    public void edit(Leader leader) {
        editing = leader.getId();
        name = leader.getName();
        titleVi = leader.getTitle().getVi();
        titleEn = leader.getTitle().getEn();
        dutiesVi = leader.getDuties() == null ? null : leader.getDuties().getVi();
        biographyVi = leader.getBiographyVi();
        phone = leader.getContact() == null ? null : leader.getContact().getPhone();
        email = leader.getContact() == null ? null : leader.getContact().getEmail();
    }

    public void save() {
        try {
            Leader existing = editing == null
                    ? null
                    : directory.listLeaders().stream()
                            .filter(l -> l.getId().equals(editing))
                            .findFirst()
                            .orElse(null);
            administration.save(
                    editing,
                    new LeaderAdministration.Profile(
                            name,
                            titleVi,
                            titleEn,
                            existing == null || existing.getUnit() == null
                                    ? null
                                    : existing.getUnit().getCode(),
                            existing == null ? 99 : existing.getSortOrder(),
                            biographyVi,
                            existing == null ? null : existing.getBiographyEn(),
                            dutiesVi,
                            existing == null || existing.getDuties() == null
                                    ? null
                                    : existing.getDuties().getEn(),
                            phone,
                            existing == null || existing.getContact() == null
                                    ? null
                                    : existing.getContact().getFax(),
                            email,
                            existing == null ? null : existing.getPhotoToken()));
            editing = null;
            FacesFeedback.done("leader.saved");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "leader");
        }
    }

    public void addEntry() {
        try {
            LocalTime time = entryTime == null || entryTime.isBlank() ? null : LocalTime.parse(entryTime.strip());
            administration.addEntry(
                    entryLeader,
                    new LeaderAdministration.Engagement(entryDay, time, entryPlace, entryVi, entryEn, null));
            entryVi = null;
            entryEn = null;
            FacesFeedback.done("schedule.added");
        } catch (java.time.format.DateTimeParseException badTime) {
            FacesFeedback.show(InvalidInputException.of("start", "schedule.error.start"), "entry");
        } catch (InvalidInputException invalid) {
            FacesFeedback.show(invalid, "entry");
        }
    }

    public void removeEntry(ScheduleEntry entry) {
        administration.removeEntry(entry.getId());
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitleVi() {
        return titleVi;
    }

    public void setTitleVi(String titleVi) {
        this.titleVi = titleVi;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDutiesVi() {
        return dutiesVi;
    }

    public void setDutiesVi(String dutiesVi) {
        this.dutiesVi = dutiesVi;
    }

    public String getBiographyVi() {
        return biographyVi;
    }

    public void setBiographyVi(String biographyVi) {
        this.biographyVi = biographyVi;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getEntryLeader() {
        return entryLeader;
    }

    public void setEntryLeader(Long entryLeader) {
        this.entryLeader = entryLeader;
    }

    public LocalDate getEntryDay() {
        return entryDay;
    }

    public void setEntryDay(LocalDate entryDay) {
        this.entryDay = entryDay;
    }

    public String getEntryTime() {
        return entryTime;
    }

    public void setEntryTime(String entryTime) {
        this.entryTime = entryTime;
    }

    public String getEntryPlace() {
        return entryPlace;
    }

    public void setEntryPlace(String entryPlace) {
        this.entryPlace = entryPlace;
    }

    public String getEntryVi() {
        return entryVi;
    }

    public void setEntryVi(String entryVi) {
        this.entryVi = entryVi;
    }

    public String getEntryEn() {
        return entryEn;
    }

    public void setEntryEn(String entryEn) {
        this.entryEn = entryEn;
    }
}
