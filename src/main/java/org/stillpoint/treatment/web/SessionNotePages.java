package org.stillpoint.treatment.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.DomainException;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.NotFound;
import org.stillpoint.scheduling.AppointmentId;
import org.stillpoint.treatment.AdverseEvent;
import org.stillpoint.treatment.AreaFinding;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.IntervalUnit;
import org.stillpoint.treatment.NoteAmendment;
import org.stillpoint.treatment.NoteSheet;
import org.stillpoint.treatment.SessionNotes;
import org.stillpoint.treatment.Tension;
import org.stillpoint.treatment.notes.IncompleteNote;

/**
 * The note page of one appointment: the draft form (save, sign, add a block row) or the signed note with its
 * amendments and the form for another. Refusals re-render the page with the reason beside the field, or above the
 * form when the note was signed meanwhile or the appointment is closed.
 */
@Controller
@RequestMapping("/therapist/appointments/{id}/note")
class SessionNotePages {

    private static final String FORM = "form";
    private static final String AMENDMENT = "amendment";
    private static final Pattern INDEXED = Pattern.compile("^findings\\[(\\d+)](.*)$");

    private final SessionNotes notes;

    SessionNotePages(SessionNotes notes) {
        this.notes = notes;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        NoteSheet sheet = notes.sheet(new AppointmentId(id));
        model.addAttribute(FORM, NoteForm.of(sheet.note() == null ? null : sheet.note().content(), sheet.planned()));
        model.addAttribute(AMENDMENT, new AmendForm());
        return page(sheet, model);
    }

    /**
     * Saves the draft; with {@code more} (the "add a row" button) only shows one more empty block row, saving
     * nothing, and to htmx answers just the rows.
     */
    @PostMapping
    String save(@PathVariable UUID id, @ModelAttribute(FORM) NoteForm form, BindingResult errors,
                @RequestParam(required = false) String more,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                RedirectAttributes flash, HttpServletResponse response) {
        AppointmentId appointment = new AppointmentId(id);
        if (more != null) {
            response.addHeader(HttpHeaders.VARY, "HX-Request");
            NoteForm grown = form.compacted(form.emptyRows() + 1);
            model.addAttribute(FORM, grown);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, new BeanPropertyBindingResult(grown, FORM));
            if (htmx != null) {
                model.addAttribute("options", Options.INSTANCE);
                model.addAttribute("appointmentId", appointment);
                return "treatment/note :: blocks";
            }
            model.addAttribute(AMENDMENT, new AmendForm());
            return page(notes.sheet(appointment), model);
        }
        return write(id, form, errors, false, model, flash);
    }

    /** Saves the form and signs the note in one go; nothing is saved when signing is refused. */
    @PostMapping("/sign")
    String sign(@PathVariable UUID id, @ModelAttribute(FORM) NoteForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        return write(id, form, errors, true, model, flash);
    }

    @PostMapping("/amend")
    String amend(@PathVariable UUID id, @ModelAttribute(AMENDMENT) AmendForm form, BindingResult errors,
                 Model model, RedirectAttributes flash) {
        AppointmentId appointment = new AppointmentId(id);
        if (!errors.hasErrors()) {
            try {
                notes.amend(appointment, new NoteAmendment(form.getReason(), form.getText(), form.getPainBefore(),
                        form.getPainAfter(), null, null));
                flash.addFlashAttribute("flash", "notes.amended");
                return redirect(id);
            } catch (NotFound notFound) {
                throw notFound;
            } catch (Conflict conflict) {
                model.addAttribute("problem", conflict.messageKey());
            } catch (DomainException refused) {
                Forms.reject(errors, refused, null);
            }
        }
        NoteSheet sheet = notes.sheet(appointment);
        model.addAttribute(FORM, NoteForm.of(sheet.note() == null ? null : sheet.note().content(), sheet.planned()));
        return page(sheet, model);
    }

    private String write(UUID id, NoteForm posted, BindingResult errors, boolean sign, Model model,
                         RedirectAttributes flash) {
        AppointmentId appointment = new AppointmentId(id);
        model.addAttribute(AMENDMENT, new AmendForm());
        if (errors.hasErrors()) {
            return page(notes.sheet(appointment), model);
        }
        // Filled rows first, so that a field the notes name by its index is the row shown at that index.
        NoteForm form = posted.compacted(NoteForm.SPARE_ROWS);
        BindingResult checked = new BeanPropertyBindingResult(form, FORM);
        model.addAttribute(FORM, form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, checked);
        try {
            if (sign) {
                notes.sign(appointment, form.content());
            } else {
                notes.saveDraft(appointment, form.content());
            }
            flash.addFlashAttribute("flash", sign ? "notes.signed-now" : "notes.saved");
            return redirect(id);
        } catch (NotFound notFound) {
            throw notFound;
        } catch (IncompleteNote incomplete) {
            incomplete.missing().forEach(field -> checked.rejectValue(field, IncompleteNote.FIELD_MESSAGE));
            checked.reject(incomplete.messageKey());
        } catch (InvalidInput invalid) {
            Forms.reject(checked, onThePage(invalid, form), null);
        } catch (Conflict conflict) {
            model.addAttribute("problem", conflict.messageKey());
        } catch (DomainException refused) {
            Forms.reject(checked, refused, null);
        }
        return page(notes.sheet(appointment), model);
    }

    /** The facade's field names as the page's: a finding by its area's row, the next session's three fields. */
    private static InvalidInput onThePage(InvalidInput invalid, NoteForm form) {
        List<AreaFinding> sent = form.filledFindings();
        return invalid.withFields(path -> {
            String field = path.replace("nextSession.every", "nextEvery")
                    .replace("nextSession.unit", "nextUnit").replace("nextSession.note", "nextNote");
            Matcher finding = INDEXED.matcher(field);
            if (finding.matches() && Integer.parseInt(finding.group(1)) < sent.size()) {
                BodyArea area = sent.get(Integer.parseInt(finding.group(1))).area();
                field = "findings[" + area.ordinal() + "]" + finding.group(2);
            }
            return field;
        });
    }

    private static String page(NoteSheet sheet, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("appointmentId", sheet.appointment());
        model.addAttribute("note", sheet.note());
        model.addAttribute("options", Options.INSTANCE);
        return "treatment/note";
    }

    private static String redirect(UUID id) {
        return "redirect:/therapist/appointments/" + id + "/note";
    }

    /** A correction of the signed note from the page: a reason, the correction in words, and corrected scores. */
    public static class AmendForm {

        private String reason;
        private String text;
        private Integer painBefore;
        private Integer painAfter;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getPainBefore() {
            return painBefore;
        }

        public void setPainBefore(Integer painBefore) {
            this.painBefore = painBefore;
        }

        public Integer getPainAfter() {
            return painAfter;
        }

        public void setPainAfter(Integer painAfter) {
            this.painAfter = painAfter;
        }
    }

    /** The choices the page offers. */
    record Options(List<Technique> techniques, List<BodyArea> areas, List<Tension> tensions,
                   List<AdverseEvent> adverseEvents, List<IntervalUnit> units) {

        static final Options INSTANCE = new Options(List.of(Technique.values()), List.of(BodyArea.values()),
                List.of(Tension.values()), List.of(AdverseEvent.values()), List.of(IntervalUnit.values()));
    }
}
