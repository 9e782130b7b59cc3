package io.contraflow.dashboard;

import io.contraflow.schemas.ContradictionKind;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The JSON endpoints the page uses; all answers come from the materialised {@link TopicViews}. */
final class DashboardApi {

    private final TopicViews views;

    DashboardApi(TopicViews views) {
        this.views = views;
    }

    void register(Javalin app, LiveUpdates live) {
        app.get("/api/events", this::events);
        app.get("/api/events/{id}", this::event);
        app.get("/api/contradictions", this::contradictions);
        app.get("/api/labels", ctx -> ctx.json(Labels.all()));
        app.sse("/api/stream", live::connect);
    }

    private void events(Context ctx) {
        ctx.json(views.events());
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(ctx, "limit", TopicViews.DEFAULT_PAGE, 1, TopicViews.MAX_PAGE);
        ctx.json(views.event(id, offset, limit).orElseThrow(() -> new NotFoundResponse("No event with id '" + id + "'")));
    }

    private static int intParam(Context ctx, String name, int byDefault, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return byDefault;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new BadRequestResponse("'" + name + "' must be a whole number from " + min + " to " + max + ", was '" + text + "'");
    }

    private void contradictions(Context ctx) {
        Optional<String> event = Optional.ofNullable(ctx.queryParam("event")).filter(s -> !s.isBlank());
        Optional<ContradictionKind> kind = Optional.ofNullable(ctx.queryParam("kind")).filter(s -> !s.isBlank())
                .map(DashboardApi::kind);
        ctx.json(views.contradictions(event, kind));
    }

    private static ContradictionKind kind(String text) {
        try {
            return ContradictionKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("Unknown contradiction kind '" + text + "'; use one of "
                    + Arrays.toString(ContradictionKind.values()));
        }
    }
}
