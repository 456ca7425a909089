package org.stillpoint.clients;

import static org.stillpoint.clients.PressurePreference.LIGHT;
import static org.stillpoint.clients.PressurePreference.MODERATE;
import static org.stillpoint.clients.PressurePreference.VERY_LIGHT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.stereotype.Component;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.AccountSummary;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.DemoDataContributor;

/**
 * Thirty demo clients aged 19 to 72 with confirmed addresses and accepted consents; the first one is the demo
 * client account {@code client@demo.stillpoint.test}. Some share their diary, some are sensitive to light, sound,
 * scent or touch.
 */
@Component
class ClientDemoData implements DemoDataContributor {

    static final String DEMO_CLIENT_EMAIL = "client@demo.stillpoint.test";

    private final Clients clients;
    private final Accounts accounts;
    private final Clock clock;

    ClientDemoData(Clients clients, Accounts accounts, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        AccountId demoClient = accounts.findByEmail(DEMO_CLIENT_EMAIL).map(AccountSummary::id).orElse(null);
        for (DemoClient c : DEMO_CLIENTS) {
            boolean first = c == DEMO_CLIENTS.get(0);
            String email = first ? DEMO_CLIENT_EMAIL : c.email();
            LocalDate born = today.minusYears(c.age()).minusDays(c.daysSinceBirthday());
            ClientContact contact = new ClientContact(c.phone(), c.address(), c.emergencyName(), c.emergencyPhone(),
                    c.language(), c.doctor(), c.doctor() == null ? null : "Headache clinic, " + c.city());
            clients.addForDemo(new NewClient(c.firstName(), c.lastName(), email, born, contact),
                    first ? demoClient : null, c.preferences(), c.sharesDiary());
        }
    }

    private record DemoClient(String firstName, String lastName, int age, int daysSinceBirthday, String phone,
                              String city, String emergencyName, String emergencyPhone, String language,
                              String doctor, ClientPreferences preferences, boolean sharesDiary) {

        String email() {
            return (firstName + "." + lastName).toLowerCase().replace(' ', '-').replace("'", "") + "@example.com";
        }

        String address() {
            return (10 + age * 3) + " " + lastName + " Street, " + city;
        }
    }

    private static ClientPreferences prefs(boolean light, boolean sound, boolean scent, boolean touch,
                                           PressurePreference pressure, String avoid, boolean quiet) {
        return new ClientPreferences(light, sound, scent, touch, pressure, avoid, quiet);
    }

    private static final List<DemoClient> DEMO_CLIENTS = List.of(
            new DemoClient("Claire", "Bennett", 38, 40, "+1 503 555 0110", "Portland, OR", "Tom Bennett",
                    "+1 503 555 0111", "English", "Dr. Ana Ruiz", prefs(true, true, true, false, LIGHT,
                    "Front of the neck", true), true),
            new DemoClient("Maya", "Ortiz", 29, 120, "+1 503 555 0120", "Portland, OR", "Luis Ortiz",
                    "+1 503 555 0121", "Spanish", "Dr. Ana Ruiz", prefs(true, false, true, false, VERY_LIGHT,
                    null, true), true),
            new DemoClient("Daniel", "Okoro", 45, 12, "+1 503 555 0130", "Beaverton, OR", "Ada Okoro",
                    "+1 503 555 0131", "English", null, prefs(false, true, false, false, MODERATE, null, false),
                    false),
            new DemoClient("Hannah", "Schulz", 52, 200, "+1 503 555 0140", "Portland, OR", "Jonas Schulz",
                    "+1 503 555 0141", "German", "Dr. Mei Chen", prefs(true, true, false, false, LIGHT,
                    "Left shoulder (old injury)", true), false),
            new DemoClient("Priyanka", "Rao", 34, 75, "+1 503 555 0150", "Hillsboro, OR", "Arjun Rao",
                    "+1 503 555 0151", "English", "Dr. Mei Chen", prefs(false, false, true, false, LIGHT, null,
                    false), true),
            new DemoClient("Liam", "O'Connor", 27, 300, "+1 503 555 0160", "Portland, OR", "Siobhan O'Connor",
                    "+1 503 555 0161", "English", null, prefs(false, false, false, false, MODERATE, null, false),
                    false),
            new DemoClient("Sofia", "Marino", 61, 33, "+1 503 555 0170", "Lake Oswego, OR", "Paolo Marino",
                    "+1 503 555 0171", "Italian", "Dr. Ana Ruiz", prefs(true, true, true, true, VERY_LIGHT,
                    "Face and jaw", true), true),
            new DemoClient("Ethan", "Walker", 41, 150, "+1 503 555 0180", "Portland, OR", "Grace Walker",
                    "+1 503 555 0181", "English", null, prefs(false, true, false, false, LIGHT, null, true), false),
            new DemoClient("Aiko", "Tanaka", 23, 90, "+1 503 555 0190", "Portland, OR", "Kenji Tanaka",
                    "+1 503 555 0191", "Japanese", "Dr. Mei Chen", prefs(true, false, false, false, LIGHT, null,
                    true), true),
            new DemoClient("Fatima", "Haddad", 36, 210, "+1 503 555 0200", "Tigard, OR", "Omar Haddad",
                    "+1 503 555 0201", "Arabic", null, prefs(false, false, true, false, MODERATE, null, false),
                    false),
            new DemoClient("Noah", "Fischer", 19, 20, "+1 503 555 0210", "Portland, OR", "Eva Fischer",
                    "+1 503 555 0211", "English", null, prefs(true, true, false, false, LIGHT, null, true), false),
            new DemoClient("Grace", "Nakamura", 48, 330, "+1 503 555 0220", "Portland, OR", "Ren Nakamura",
                    "+1 503 555 0221", "English", "Dr. Ana Ruiz", prefs(true, false, true, false, VERY_LIGHT,
                    "Scalp", true), true),
            new DemoClient("Mateo", "Silva", 55, 5, "+1 503 555 0230", "Gresham, OR", "Lucia Silva",
                    "+1 503 555 0231", "Portuguese", null, prefs(false, false, false, false, MODERATE, null,
                    false), false),
            new DemoClient("Olivia", "Grant", 31, 180, "+1 503 555 0240", "Portland, OR", "Henry Grant",
                    "+1 503 555 0241", "English", "Dr. Mei Chen", prefs(true, true, true, false, LIGHT, null,
                    true), true),
            new DemoClient("Jonas", "Berg", 66, 260, "+1 503 555 0250", "Vancouver, WA", "Ingrid Berg",
                    "+1 360 555 0251", "Swedish", "Dr. Peter Holm", prefs(false, true, false, true, VERY_LIGHT,
                    "Lower back", true), false),
            new DemoClient("Amara", "Nwosu", 26, 140, "+1 503 555 0260", "Portland, OR", "Chidi Nwosu",
                    "+1 503 555 0261", "English", null, prefs(true, false, false, false, LIGHT, null, false), true),
            new DemoClient("Ben", "Carter", 39, 60, "+1 503 555 0270", "Milwaukie, OR", "Zoe Carter",
                    "+1 503 555 0271", "English", null, prefs(false, false, false, false, MODERATE, null, false),
                    false),
            new DemoClient("Elena", "Popescu", 44, 310, "+1 503 555 0280", "Portland, OR", "Andrei Popescu",
                    "+1 503 555 0281", "Romanian", "Dr. Ana Ruiz", prefs(true, true, false, false, LIGHT,
                    null, true), false),
            new DemoClient("Samuel", "Cohen", 72, 100, "+1 503 555 0290", "Portland, OR", "Ruth Cohen",
                    "+1 503 555 0291", "English", "Dr. Peter Holm", prefs(false, true, false, true, VERY_LIGHT,
                    "Hands (arthritis)", true), true),
            new DemoClient("Chloe", "Dubois", 22, 230, "+1 503 555 0300", "Portland, OR", "Marc Dubois",
                    "+1 503 555 0301", "French", null, prefs(true, false, true, false, LIGHT, null, false), false),
            new DemoClient("Isaac", "Mensah", 50, 15, "+1 503 555 0310", "Beaverton, OR", "Akosua Mensah",
                    "+1 503 555 0311", "English", "Dr. Mei Chen", prefs(false, false, false, false, MODERATE,
                    null, false), false),
            new DemoClient("Lucia", "Fernandez", 33, 170, "+1 503 555 0320", "Portland, OR", "Diego Fernandez",
                    "+1 503 555 0321", "Spanish", null, prefs(true, true, true, false, VERY_LIGHT, null, true),
                    true),
            new DemoClient("Oskar", "Nowak", 58, 280, "+1 503 555 0330", "Portland, OR", "Anna Nowak",
                    "+1 503 555 0331", "Polish", "Dr. Peter Holm", prefs(false, true, false, false, LIGHT, null,
                    false), false),
            new DemoClient("Zara", "Ahmed", 28, 45, "+1 503 555 0340", "Tualatin, OR", "Yusuf Ahmed",
                    "+1 503 555 0341", "English", null, prefs(true, false, false, false, LIGHT,
                    "Temples, only very gently", true), false),
            new DemoClient("Henry", "Lindqvist", 63, 190, "+1 503 555 0350", "Portland, OR", "Karin Lindqvist",
                    "+1 503 555 0351", "English", "Dr. Ana Ruiz", prefs(false, false, true, false, MODERATE,
                    null, false), true),
            new DemoClient("Mia", "Kowalski", 37, 250, "+1 503 555 0360", "Portland, OR", "Piotr Kowalski",
                    "+1 503 555 0361", "English", null, prefs(true, true, false, false, LIGHT, null, true), false),
            new DemoClient("Rafael", "Costa", 47, 80, "+1 503 555 0370", "Portland, OR", "Beatriz Costa",
                    "+1 503 555 0371", "Portuguese", "Dr. Mei Chen", prefs(false, false, false, false, MODERATE,
                    null, false), false),
            new DemoClient("Ingrid", "Larsen", 69, 130, "+1 503 555 0380", "West Linn, OR", "Erik Larsen",
                    "+1 503 555 0381", "Norwegian", "Dr. Peter Holm", prefs(true, true, true, true, VERY_LIGHT,
                    "Neck, only light stroking", true), true),
            new DemoClient("Tariq", "Hussain", 24, 290, "+1 503 555 0390", "Portland, OR", "Sana Hussain",
                    "+1 503 555 0391", "English", null, prefs(false, true, false, false, LIGHT, null, false),
                    false),
            new DemoClient("Nora", "Quinn", 42, 220, "+1 503 555 0400", "Portland, OR", "Declan Quinn",
                    "+1 503 555 0401", "English", "Dr. Ana Ruiz", prefs(true, false, true, false, LIGHT, null,
                    true), true));
}
