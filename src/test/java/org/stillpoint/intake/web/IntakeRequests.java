package org.stillpoint.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stillpoint.intake.domain.RedFlagQuestion;
import org.stillpoint.support.Demo;
import org.stillpoint.support.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Intake answers as a program sends them, and clients to send them for. The complete intake is a 35-year-old's
 * long-standing migraine with every red-flag question answered no; tests change one answer at a time.
 */
final class IntakeRequests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Without a date of birth: the intake takes it from the client record. */
    private static final String COMPLETE = """
            {"headache": {"types": [{"kind": "MIGRAINE", "ageAtOnset": 16}], "yearsWithHeadache": 19,
                          "headacheDaysPerMonth": 4, "usualDuration": "FROM_4_TO_72_HOURS",
                          "usualFeatures": {"side": "LEFT", "quality": "PULSATING", "intensity": "MODERATE",
                                            "worseWithActivity": true, "nausea": "MILD", "vomiting": false,
                                            "lightSensitivity": true, "soundSensitivity": true},
                          "aura": [], "changedInLast3Months": false},
             "triggers": {"known": ["STRESS", "POOR_SLEEP"], "own": ["long drives"]},
             "currentSymptoms": {"headacheNow": false, "symptoms": ["NECK_PAIN"]},
             "medicines": [{"name": "sumatriptan", "use": "ACUTE", "drugClass": "TRIPTAN", "daysPerMonth": 3}],
             "medical": {"anticoagulants": false, "pregnancy": {"status": "NOT_PREGNANT"}, "cancer": "NONE",
                         "immuneSuppression": false, "dvt": "NONE", "bloodPressure": "NORMAL", "diabetes": false,
                         "reducedSensation": false, "thyroid": "NONE", "heartFailure": false, "arrhythmia": false,
                         "neckArteryProblems": [], "strokeOrTia": {"present": false},
                         "headOrNeckTrauma": {"present": false}, "skin": [], "implants": {"present": false},
                         "osteoporosis": false, "oilAllergy": {"present": false}, "feverToday": false,
                         "intoxicated": false, "chemotherapyLast72Hours": false, "varicoseVeins": {"present": false},
                         "recentFractureOrSurgery": {"present": false}, "acuteInjury": {"present": false},
                         "otherConditions": []},
             "painAreas": ["SUBOCCIPITALS", "NECK"],
             "goals": "Fewer headache days",
             "massageExperience": {"hadMassageBefore": true, "whatHelped": "Slow work at the base of the skull"},
             "redFlags": {"answers": {}}}""";

    private IntakeRequests() {
    }

    /** The complete intake with these red-flag questions answered yes (and their follow-ups no). */
    static ObjectNode complete(RedFlagQuestion... yes) {
        ObjectNode answers = (ObjectNode) JSON.readTree(COMPLETE);
        ObjectNode flags = (ObjectNode) answers.path("redFlags").path("answers");
        for (RedFlagQuestion question : RedFlagQuestion.values()) {
            if (!question.followUp()) {
                flags.put(question.name(), false);
            }
        }
        for (RedFlagQuestion question : yes) {
            flags.put(question.name(), true);
            for (RedFlagQuestion followUp : RedFlagQuestion.values()) {
                if (followUp.followUpOf() == question && !flags.has(followUp.name())) {
                    flags.put(followUp.name(), false);
                }
            }
        }
        return answers;
    }

    static String json(JsonNode node) {
        return JSON.writeValueAsString(node);
    }

    /** The front desk registers a client without an account; answers its id. */
    static String registerClient(MockMvcTester mvc, LocalDate born) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MvcTestResult created = mvc.post().uri("/api/v1/clients").with(Demo.basic(Demo.DESK))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"firstName":"Robin","lastName":"Intake-%s","email":"robin-%s@example.com",
                         "dateOfBirth":"%s"}""".formatted(tag, tag, born))
                .exchange();
        assertThat(created).as("registering a client").hasStatus(201);
        return Json.read(created, "$.id");
    }

    static String registerClient(MockMvcTester mvc) {
        return registerClient(mvc, LocalDate.of(1990, 5, 1));
    }

    /** Someone signs themself up; answers their client id. Their password is {@link #PASSWORD}. */
    static String signUp(MockMvcTester mvc, String email) {
        assertThat(mvc.post().uri("/api/v1/signup").contentType(MediaType.APPLICATION_JSON).content("""
                {"firstName":"Sam","lastName":"Selfsign","email":"%s","dateOfBirth":"1988-02-03",
                 "password":"%s","acceptedConsents":{"TREATMENT":1,"PRIVACY":1}}""".formatted(email, PASSWORD)))
                .as("signing up %s", email).hasStatus(202);
        return Json.read(mvc.get().uri("/api/v1/me").with(as(email)).exchange(), "$.clientId");
    }

    static final String PASSWORD = "a quiet and calm room";

    static RequestPostProcessor as(String email) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(email, PASSWORD);
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    static MvcTestResult submit(MockMvcTester mvc, String clientId, JsonNode answers, RequestPostProcessor caller) {
        return mvc.put().uri("/api/v1/clients/{id}/intake", clientId).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(json(answers)).exchange();
    }

    /** The owner submits the intake for the client (a paper form), and it must be accepted. */
    static MvcTestResult submitted(MockMvcTester mvc, String clientId, JsonNode answers) {
        MvcTestResult result = submit(mvc, clientId, answers, Demo.basic(Demo.OWNER));
        assertThat(result).as("submitting an intake").hasStatusOk();
        return result;
    }

    static MvcTestResult recordClearance(MockMvcTester mvc, String clientId, String body) {
        return mvc.post().uri("/api/v1/clients/{id}/clearances", clientId).with(Demo.basic(Demo.DESK))
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    static String clearance(LocalDate clearedOn, String scope, LocalDate expiresOn) {
        return """
                {"clinicianName":"Dr. Mei Chen","clinicianProfession":"Neurologist","clearedOn":"%s",
                 "scope":"%s"%s,"documentReference":"Letter in the client file"}""".formatted(clearedOn, scope,
                expiresOn == null ? "" : ",\"expiresOn\":\"" + expiresOn + "\"");
    }
}
