package org.stillpoint.treatment.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stillpoint.treatment.ContraindicationRules;

/**
 * The contraindication rules for staff, read-only: what each condition means for each technique and area, then the
 * rules the engine holds itself.
 */
@Controller
class ContraindicationRulePages {

    private final ContraindicationRules rules;

    ContraindicationRulePages(ContraindicationRules rules) {
        this.rules = rules;
    }

    @GetMapping("/staff/contraindication-rules")
    String list(Model model) {
        model.addAttribute("rules", ContraindicationRuleRow.all(rules, key -> null));
        return "treatment/contraindication-rules";
    }
}
