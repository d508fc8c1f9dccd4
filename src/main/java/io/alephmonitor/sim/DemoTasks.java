package io.alephmonitor.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The believable mix of tasks demo mode starts with, and prompts for sample tasks. */
final class DemoTasks {

    static final List<String> PROMPTS = List.of(
            "Turn the city street into a neon-lit cyberpunk alley at night, rain on the asphalt",
            "Make it look like a hand-painted watercolour, soft edges and paper texture",
            "Replace the sky with a slow-moving aurora borealis over snowy mountains",
            "Restyle the scene as a 1970s film: warm grain, faded colours, light leaks",
            "Add drifting cherry blossom petals and golden-hour sunlight",
            "Transform the beach into a frozen tundra with ice floes and a pale winter sun",
            "Render everything as claymation with visible fingerprints in the clay",
            "Turn the skater into a glowing silhouette made of particles");

    private DemoTasks() {
    }

    /** Two finished, one failed by moderation, three running that finish 20, 45 and 90 s from now. */
    static List<String> addTo(KieSimulator sim) {
        Instant now = sim.config().clock().instant();
        String image = sim.baseUri() + FileHandler.PREFIX + "sample.png";
        List<String> ids = new ArrayList<>();
        ids.add(add(sim, PROMPTS.get(0), image, now.minus(Duration.ofMinutes(47)), now.minus(Duration.ofMinutes(41))));
        ids.add(add(sim, PROMPTS.get(1), image, now.minus(Duration.ofMinutes(12)), now.minus(Duration.ofMinutes(4))));
        String moderated = add(sim, "Make the crowd scene extremely graphic and violent", image,
                now.minus(Duration.ofMinutes(3)), now.plus(Duration.ofDays(1)));
        sim.script(moderated, Behaviour.MODERATION_FAILURE);
        ids.add(moderated);
        ids.add(add(sim, PROMPTS.get(2), image, now.minus(Duration.ofMinutes(2)), now.plusSeconds(20)));
        ids.add(add(sim, PROMPTS.get(3), image, now.minus(Duration.ofSeconds(50)), now.plusSeconds(45)));
        ids.add(add(sim, PROMPTS.get(4), image, now.minusSeconds(5), now.plusSeconds(90)));
        return List.copyOf(ids);
    }

    private static String add(KieSimulator sim, String prompt, String imageUrl, Instant created, Instant completes) {
        return sim.add(new SimTask(UUID.randomUUID().toString(), KieSimulator.paramJson(prompt, imageUrl),
                created, completes));
    }
}
