package org.stillpoint.treatment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.stillpoint.clients.ClientSummary;
import org.stillpoint.clients.Clients;
import org.stillpoint.intake.ContraindicationCondition;
import org.stillpoint.intake.Intake;
import org.stillpoint.intake.TreatmentClearance;
import org.stillpoint.platform.AccountSummary;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.DemoDataContributor;

/**
 * Home-care plans for the demo clients whose screening allows treatment, set up some days ago after a session, with
 * the ticks of the last two weeks. The demo client's plan comes from the demo therapist, who sees her every week;
 * she has ticked most days, and today only her water so far. Nobody whose intake speaks against heat (clinical-
 * reference §6.1: diabetes, reduced sensation; §6.4: heat-sensitive skin) is given a heat pack.
 */
@Component
class HomeCareDemoData implements DemoDataContributor {

    private static final String DEMO_THERAPIST = "therapist@demo.stillpoint.test";
    private static final String DEMO_CLIENT = "client@demo.stillpoint.test";

    /** clinical-reference §6.1 (no heat: burn risk) and §6.4 (hot stone: heat-sensitive skin, vascular disease). */
    private static final Set<ContraindicationCondition> NO_HEAT = EnumSet.of(ContraindicationCondition.DIABETES,
            ContraindicationCondition.REDUCED_SENSATION, ContraindicationCondition.HEAT_SENSITIVE_SKIN,
            ContraindicationCondition.PERIPHERAL_VASCULAR_DISEASE,
            ContraindicationCondition.HEAT_SENSITISING_MEDICATION);

    /** The demo client's plan, as her therapist wrote it after a session. */
    private static final List<HomeCarePlanChange.Item> CLAIRE = List.of(
            new HomeCarePlanChange.Item(null, "SKULL_BASE_PRESSURE", HomeCareFrequency.TIMES_PER_DAY, 2, 5, null,
                    "Slowly, as we did at the end of the session; lighter on the left side."),
            new HomeCarePlanChange.Item(null, "TEMPLE_MASSAGE", HomeCareFrequency.TIMES_PER_DAY, 2, 3, null, null),
            new HomeCarePlanChange.Item(null, "COLD_PACK", HomeCareFrequency.DURING_ATTACK, null, 15, null,
                    "On the back of the neck if the forehead feels too much."),
            new HomeCarePlanChange.Item(null, "HYDRATION", HomeCareFrequency.DAILY, null, null, 8, null),
            new HomeCarePlanChange.Item(null, "DEEP_BREATHING", HomeCareFrequency.TIMES_PER_DAY, 2, 5, null,
                    "Before work and before bed."),
            new HomeCarePlanChange.Item(null, "NECK_STRETCHES", HomeCareFrequency.TIMES_PER_DAY, 2, 5, null, null));

    private final HomeCare homeCare;
    private final Intake intake;
    private final Clients clients;
    private final Accounts accounts;
    private final Clock clock;

    HomeCareDemoData(HomeCare homeCare, Intake intake, Clients clients, Accounts accounts, Clock clock) {
        this.homeCare = homeCare;
        this.intake = intake;
        this.clients = clients;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        // After the intakes (400) and the appointments (500) the plans follow from.
        return 620;
    }

    @Override
    public void contribute() {
        AccountSummary owner = accounts.findByEmail(DEMO_OWNER).orElseThrow();
        AccountSummary therapist = accounts.findByEmail(DEMO_THERAPIST).orElse(owner);
        accounts.actingAs(owner.id(), () -> {
            fill(owner, therapist);
            return null;
        });
    }

    private void fill(AccountSummary owner, AccountSummary therapist) {
        Random random = new Random(20260617L);
        Instant now = clock.instant();
        LocalDate today = homeCare.today();
        List<HomeCareTemplate> templates = homeCare.templates();
        for (ClientSummary client : clients.demoClients()) {
            TreatmentClearance clearance = intake.treatmentClearance(client.id());
            if (!clearance.allowed()) {
                continue;
            }
            boolean claire = DEMO_CLIENT.equals(client.email());
            boolean noHeat = clearance.contraindications().stream()
                    .anyMatch(flag -> NO_HEAT.contains(flag.condition()));
            int daysAgo = claire ? 20 : 8 + random.nextInt(40);
            AccountSummary author = claire ? therapist : owner;
            List<HomeCareItem> items = homeCare.planForDemo(client.id(),
                    claire ? CLAIRE : someOf(templates, noHeat, random), author.id(), author.displayName(),
                    today.minusDays(daysAgo), now.minus(Duration.ofDays(daysAgo)));
            double keen = claire ? 0.8 : 0.35 + random.nextDouble() * 0.55;
            List<HomeCareTick> ticks = new ArrayList<>();
            for (HomeCareItem item : items) {
                // Cold during an attack is ticked on attack days only; the rest as often as the client keeps it up.
                double chance = item.frequency() == HomeCareFrequency.DURING_ATTACK ? 0.12 : keen;
                for (LocalDate day = later(item.addedOn(), today.minusDays(13)); day.isBefore(today);
                     day = day.plusDays(1)) {
                    if (random.nextDouble() < chance) {
                        ticks.add(new HomeCareTick(item.id(), day, true,
                                now.minus(Duration.ofDays(ChronoUnit.DAYS.between(day, today)))));
                    }
                }
                if (claire && item.template().equals("HYDRATION")) {
                    ticks.add(new HomeCareTick(item.id(), today, true, now));
                }
            }
            homeCare.ticksForDemo(client.id(), ticks);
        }
    }

    /** Three to five templates with their defaults, in the templates' order. */
    private static List<HomeCarePlanChange.Item> someOf(List<HomeCareTemplate> templates, boolean noHeat,
                                                        Random random) {
        List<HomeCareTemplate> allowed = new ArrayList<>(templates.stream()
                .filter(t -> !(noHeat && t.heat())).toList());
        int count = 3 + random.nextInt(3);
        while (allowed.size() > count) {
            allowed.remove(random.nextInt(allowed.size()));
        }
        return allowed.stream().map(t -> new HomeCarePlanChange.Item(null, t.key(), t.frequency(), t.times(),
                t.measure() == HomeCareMeasure.MINUTES ? t.amount() : null,
                t.measure() == HomeCareMeasure.GLASSES ? t.amount() : null, null)).toList();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
