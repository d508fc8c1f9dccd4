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

    /**
     * Six Aleph tasks first (two finished, one failed by moderation, three running that finish 20,
     * 45 and 90 s from now), then one or more of every other kind: a finished Runway video, a
     * finished and a running Veo video, a Flux Kontext image, two 4o images, four Midjourney
     * images, a Market task with three images, a running Market video and a failed Market task, an
     * ElevenLabs voice-over (audio), a chat model's answer (text), a Sora video that reports its
     * progress, a Luma video edit, a finished Suno song (two tracks) and one that goes through its stages (lyrics, first
     * track, both).
     */
    static List<String> addTo(KieSimulator sim) {
        List<String> ids = new ArrayList<>(addAleph(sim));
        Instant now = sim.config().clock().instant();
        String image = sim.baseUri() + FileHandler.PREFIX + "sample.png";
        ids.add(other(sim, SimKind.RUNWAY, null, "A paper boat sailing down a rainy street, macro lens", image,
                now.minus(Duration.ofMinutes(30)), now.minus(Duration.ofMinutes(26))));
        ids.add(other(sim, SimKind.VEO, null, "A drone shot over a misty pine forest at dawn, birds taking off", null,
                now.minus(Duration.ofMinutes(20)), now.minus(Duration.ofMinutes(16))));
        ids.add(other(sim, SimKind.VEO, null, "A barista pouring latte art in slow motion, warm café light", image,
                now.minusSeconds(30), now.plusSeconds(60)));
        ids.add(other(sim, SimKind.FLUX_KONTEXT, null, "Make the jacket bright yellow and add falling snow", image,
                now.minus(Duration.ofMinutes(9)), now.minus(Duration.ofMinutes(8))));
        ids.add(other(sim, SimKind.GPT4O_IMAGE, null, "A cosy reading nook with a cat, Studio Ghibli style", null,
                now.minus(Duration.ofMinutes(7)), now.minus(Duration.ofMinutes(6))));
        ids.add(other(sim, SimKind.MIDJOURNEY, null, "A sci-fi fighter jet in a beautiful sky, computer wallpaper", null,
                now.minus(Duration.ofMinutes(6)), now.minus(Duration.ofMinutes(5))));
        ids.add(other(sim, SimKind.MARKET, "google/nano-banana", "Three product shots of a ceramic mug on linen", image,
                now.minus(Duration.ofMinutes(4)), now.minus(Duration.ofMinutes(3))));
        ids.add(other(sim, SimKind.MARKET, "kling/v2-1-text-to-video", "A red kite dancing over sand dunes", null,
                now.minusSeconds(10), now.plusSeconds(40)));
        String failed = other(sim, SimKind.MARKET, "google/nano-banana", "A photo of a celebrity at a crime scene", null,
                now.minus(Duration.ofMinutes(2)), now.plus(Duration.ofDays(1)));
        sim.script(failed, Behaviour.MODERATION_FAILURE);
        ids.add(failed);
        ids.add(other(sim, SimKind.MARKET, "elevenlabs/text-to-speech", "A calm narrator reads the first page of a bedtime story", null,
                now.minus(Duration.ofMinutes(11)), now.minus(Duration.ofMinutes(10))));
        ids.add(other(sim, SimKind.MARKET, "openai/gpt-5-chat", "Five catchy titles for a video about autumn hikes", null,
                now.minus(Duration.ofMinutes(8)), now.minus(Duration.ofMinutes(7))));
        ids.add(other(sim, SimKind.MARKET, "openai/sora-2-text-to-video", "A paper plane gliding over a city at sunrise", null,
                now.minusSeconds(40), now.plusSeconds(120)));
        ids.add(other(sim, SimKind.LUMA, null, "Turn the street into a snowy winter evening", sim.baseUri() + FileHandler.PREFIX + "sample.mp4",
                now.minus(Duration.ofMinutes(14)), now.minus(Duration.ofMinutes(13))));
        ids.add(other(sim, SimKind.SUNO, null, "A warm lo-fi piano loop for a rainy afternoon, vinyl crackle", null,
                now.minus(Duration.ofMinutes(15)), now.minus(Duration.ofMinutes(12))));
        ids.add(other(sim, SimKind.SUNO, null, "An upbeat synth-pop chorus about summer road trips", null,
                now.minusSeconds(20), now.plusSeconds(70)));
        return List.copyOf(ids);
    }

    private static String other(KieSimulator sim, SimKind kind, String model, String prompt, String imageUrl,
                                Instant created, Instant completes) {
        return sim.add(KieSimulator.task(kind, kind.newId(), prompt, imageUrl, model, created, completes));
    }

    private static List<String> addAleph(KieSimulator sim) {
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
        return ids;
    }

    private static String add(KieSimulator sim, String prompt, String imageUrl, Instant created, Instant completes) {
        return sim.add(new SimTask(UUID.randomUUID().toString(), SimRecords.paramJson(SimKind.ALEPH, prompt, imageUrl, null),
                created, completes));
    }
}
