package io.alephmonitor.sim;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Luma's record {@code data}, field for field like https://docs.kie.ai/luma-api/get-luma-modify-details
 * (times in epoch milliseconds, the source video in {@code response.originUrls}), and the scripted
 * twists of any kind's record: successFlag 4 "callback failed" and Runway's {@code expireFlag}.
 */
final class LumaRecords {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private LumaRecords() {
    }

    static ObjectNode record(SimTask task, boolean done, boolean failed, String baseUri) {
        ObjectNode data = JSON.objectNode();
        data.put("taskId", task.id());
        data.put("paramJson", task.paramJson());
        if (done) {
            data.put("completeTime", task.completesAt().toEpochMilli());
            ObjectNode response = data.putObject("response");
            response.put("taskId", task.id());
            SimRecords.strings(response.putArray("originUrls"), task.imageUrl() == null ? List.of() : List.of(task.imageUrl()));
            SimRecords.strings(response.putArray("resultUrls"), SimRecords.resultUrls(task, baseUri));
        } else {
            data.putNull("completeTime");
            data.putNull("response");
        }
        SimRecords.flags(data, done, failed, failed ? 3 : 0);
        data.put("createTime", task.createdAt().toEpochMilli());
        if (!failed) {
            data.putNull("errorMessage");
        }
        return data;
    }

    /**
     * A finished record of a task scripted {@link Behaviour#CALLBACK_FAILED} says successFlag 4; a
     * Runway record whose video was {@link KieSimulator#expireFile expired} says {@code expireFlag} 1
     * ("Video links are valid for 14 days, after which expireFlag will be set to 1").
     */
    static void script(ObjectNode data, Behaviour behaviour, boolean videoExpired) {
        if (behaviour == Behaviour.CALLBACK_FAILED && data.path("successFlag").asInt() == 1) {
            data.put("successFlag", 4);
            data.put("errorMessage", "callback failed");
        }
        if (data.has("expireFlag") && videoExpired) {
            data.put("expireFlag", 1);
        }
    }
}
