package org.stillpoint.clinic;

import java.util.List;

import org.springframework.stereotype.Component;
import org.stillpoint.platform.DemoDataContributor;

/** The demo clinic: its profile, the default menu and four rooms with different sensory features. */
@Component
class ClinicDemoData implements DemoDataContributor {

    private final Clinic clinic;

    ClinicDemoData(Clinic clinic) {
        this.clinic = clinic;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute() {
        clinic.createForDemo(new ClinicDetails("Stillpoint Demo Clinic", "12 Quiet Lane, Portland, OR 97201",
                        "+1 503 555 0142", "America/Los_Angeles", "USD", null, null, null),
                List.of(new RoomDetails("Willow", true, true, true, true, false, true),
                        new RoomDetails("Cedar", true, true, true, true, true, true),
                        new RoomDetails("Fern", true, true, false, false, false, true),
                        new RoomDetails("Birch", false, false, false, true, true, true)));
    }
}
