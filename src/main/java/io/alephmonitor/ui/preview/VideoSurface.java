package io.alephmonitor.ui.preview;

import javafx.geometry.Orientation;
import javafx.scene.layout.Region;
import javafx.scene.media.MediaView;

/**
 * Holds the media view and sizes it to the available width, keeping the video's aspect ratio
 * (16:9 until the real size is known) and capping the height so a portrait video stays on screen.
 */
final class VideoSurface extends Region {

    private static final double DEFAULT_ASPECT = 16.0 / 9.0;

    private final MediaView view = new MediaView();
    private final double maxVideoHeight;
    private double aspect = DEFAULT_ASPECT;

    VideoSurface(double maxVideoHeight) {
        this.maxVideoHeight = maxVideoHeight;
        view.setPreserveRatio(true);
        view.setSmooth(true);
        getChildren().add(view);
        getStyleClass().add("video-surface");
        setMinWidth(0);
    }

    MediaView view() {
        return view;
    }

    /** The video's width/height ratio, once known. */
    void setAspect(double widthOverHeight) {
        aspect = widthOverHeight > 0 && Double.isFinite(widthOverHeight) ? widthOverHeight : DEFAULT_ASPECT;
        requestLayout();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 90;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : computePrefWidth(-1);
        return Math.min(maxVideoHeight, w / aspect);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double fitW = Math.min(w, h * aspect);
        double fitH = fitW / aspect;
        view.setFitWidth(fitW);
        view.setFitHeight(fitH);
        view.relocate((w - fitW) / 2, (h - fitH) / 2);
    }
}
