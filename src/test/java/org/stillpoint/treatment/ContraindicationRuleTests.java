package org.stillpoint.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.support.Demo;
import org.stillpoint.support.DemoClinicTest;
import org.stillpoint.support.Json;
import org.stillpoint.support.SignIn;

/** The contraindication rules as seeded: staff read them on the API and on a page; clients do not. */
@DemoClinicTest
class ContraindicationRuleTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    ContraindicationRules rules;

    @Test
    void theFacadeReadsEverySeededRuleAndAnEngineOverThem() {
        assertThat(rules.all()).hasSizeGreaterThan(100);
        assertThat(rules.all()).extracting(ContraindicationRule::condition)
                .contains(ContraindicationCondition.values());
        assertThat(rules.engine().rules()).isSameAs(rules.all());
        assertThat(rules.standing()).extracting(StandingRule::id).contains(ContraindicationEngine.ANTERIOR_NECK);
    }

    @Test
    void staffReadTheRulesWithTheirReasonsAndClientsAreRefused() {
        for (String staff : List.of(Demo.OWNER, Demo.DESK, Demo.THERAPIST)) {
            MvcTestResult all = mvc.get().uri("/api/v1/contraindication-rules").with(Demo.basic(staff)).exchange();
            assertThat(all).as(staff).hasStatusOk();
            assertThat(Json.<List<String>>read(all, "$[*].id")).as(staff)
                    .hasSize(rules.all().size() + rules.standing().size())
                    .contains("6.4-hot-stone-anticoagulants", "6.2-anterior-neck", "6.3-attack-no-heat-head");
        }
        MvcTestResult all = mvc.get().uri("/api/v1/contraindication-rules").with(Demo.basic(Demo.THERAPIST))
                .exchange();
        Map<String, Object> hotStone = Json.<List<Map<String, Object>>>read(all,
                "$[?(@.id == '6.4-hot-stone-anticoagulants')]").get(0);
        assertThat(hotStone).containsEntry("condition", "ANTICOAGULANTS").containsEntry("effect", "NO_WORK")
                .containsEntry("ruleClass", "RELATIVE").containsEntry("techniques", List.of("HOT_STONE"))
                .containsEntry("standing", false).containsEntry("reason", "Blood thinners: no hot stones.");
        Map<String, Object> anteriorNeck = Json.<List<Map<String, Object>>>read(all,
                "$[?(@.id == '6.2-anterior-neck')]").get(0);
        assertThat(anteriorNeck).containsEntry("standing", true).containsEntry("scope", "ANTERIOR_NECK")
                .containsEntry("maxPressure", 1).containsEntry("ruleClass", "ABSOLUTE");
        // §8: the rules speak of safety only and claim nothing about migraine.
        assertThat(Json.body(all).toLowerCase()).doesNotContain("cure", "treats migraine", "prevent");

        assertThat(mvc.get().uri("/api/v1/contraindication-rules").with(Demo.basic(Demo.CLIENT))).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/contraindication-rules")).hasStatus(401);
    }

    @Test
    void thePageListsEveryRuleForStaffAndTheTechniqueCatalogueLinksToIt() throws Exception {
        MvcTestResult page = mvc.get().uri("/staff/contraindication-rules")
                .with(SignIn.as(accounts, Demo.THERAPIST)).exchange();
        assertThat(page).hasStatusOk();
        Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("#rules tbody tr")).hasSize(rules.all().size() + rules.standing().size());
        Element hotStone = html.getElementById("rule-6.4-hot-stone-anticoagulants");
        assertThat(hotStone).isNotNull();
        assertThat(hotStone.text()).contains("Anticoagulants or antiplatelets", "Hot stone", "Relative",
                "Blood thinners: no hot stones.", "\u00a76.4");
        assertThat(html.getElementById("rule-6.2-anterior-neck").text()).contains("Every client", "up to 1 of 5");
        assertThat(html.getElementById("rule-product-oil-allergy").text()).contains("Practice rule");

        assertThat(mvc.get().uri("/staff/contraindication-rules").with(SignIn.as(accounts, Demo.DESK)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/staff/contraindication-rules").with(SignIn.as(accounts, Demo.CLIENT)))
                .hasStatus(403);

        MvcTestResult catalogue = mvc.get().uri("/admin/techniques").with(SignIn.as(accounts, Demo.OWNER))
                .exchange();
        assertThat(Jsoup.parse(catalogue.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .select("a[href=/staff/contraindication-rules]")).hasSize(1);
    }
}
