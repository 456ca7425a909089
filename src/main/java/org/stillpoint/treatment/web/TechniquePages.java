package org.stillpoint.treatment.web;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.Forms;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.DomainException;
import org.stillpoint.treatment.AttackUse;
import org.stillpoint.treatment.BodyArea;
import org.stillpoint.treatment.TechniqueCatalogue;
import org.stillpoint.treatment.TechniqueDetails;
import org.stillpoint.treatment.TechniqueView;

/** The owner's technique catalogue: the list and one technique's form. */
@Controller
class TechniquePages {

    private final TechniqueCatalogue catalogue;

    TechniquePages(TechniqueCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/admin/techniques")
    String list(Model model) {
        model.addAttribute("techniques", catalogue.all());
        return "treatment/techniques";
    }

    @GetMapping("/admin/techniques/{technique}")
    String edit(@PathVariable Technique technique, Model model) {
        TechniqueView view = catalogue.find(technique).orElseThrow(() -> new NotFound("technique"));
        model.addAttribute("form", new TechniquePageForm(view.description(), view.areas(), view.defaultPressure(),
                view.heat(), view.duringAttack(), view.attackNote(), view.version()));
        return form(technique, model);
    }

    @PostMapping("/admin/techniques/{technique}")
    String save(@PathVariable Technique technique, @ModelAttribute("form") TechniquePageForm form,
                BindingResult errors, Model model, RedirectAttributes flash) {
        if (errors.hasErrors()) {
            return form(technique, model);
        }
        try {
            catalogue.update(technique, new TechniqueDetails(form.description(),
                    form.areas() == null ? Set.of() : form.areas(), form.defaultPressure(), Boolean.TRUE.equals(form.heat()),
                    form.duringAttack(), form.attackNote(), form.version()));
        } catch (NotFound notFound) {
            throw notFound;
        } catch (DomainException refused) {
            Forms.reject(errors, refused, null);
            return form(technique, model);
        }
        flash.addFlashAttribute("flash", "technique.saved");
        return "redirect:/admin/techniques";
    }

    private String form(Technique technique, Model model) {
        model.addAttribute("technique", technique);
        model.addAttribute("areas", BodyArea.values());
        model.addAttribute("attackUses", AttackUse.values());
        return "treatment/technique";
    }

    /** An unticked box sends nothing: {@code heat} is then null, which means no heat. */
    record TechniquePageForm(String description, Set<BodyArea> areas, Integer defaultPressure, Boolean heat,
                             AttackUse duringAttack, String attackNote, Long version) {
    }
}
