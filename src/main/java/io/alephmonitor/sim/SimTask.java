package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One task the simulator knows: what was asked, when, and when it finishes. */
record SimTask(String id, String paramJson, Instant createdAt, Instant completesAt) {

    static final String MODERATION_MESSAGE =
            "Your prompt was caught by our AI moderator. Please adjust it and try again!";

    /** The record-info {@code data} object at {@code now}, field for field like kie.ai's. */
    ObjectNode record(Instant now, boolean moderated, String baseUri) {
        boolean done = !moderated && !now.isBefore(completesAt);
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("taskId", id);
        data.put("paramJson", paramJson);
        if (done) {
            ObjectNode response = data.putObject("response");
            response.put("taskId", id);
            response.put("resultVideoUrl", baseUri + "/files/" + id + ".mp4");
            response.put("resultImageUrl", baseUri + "/files/" + id + ".png");
            data.put("completeTime", iso(completesAt));
        } else {
            data.putNull("response");
            data.putNull("completeTime");
        }
        data.put("createTime", iso(createdAt));
        data.put("successFlag", done ? 1 : 0);
        data.put("errorCode", moderated ? 400 : 0);
        data.put("errorMessage", moderated ? MODERATION_MESSAGE : "");
        return data;
    }

    // kie.ai's style: "2023-08-15T14:25:00Z", whole seconds.
    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
