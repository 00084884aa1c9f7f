package io.steppe.engine.data;

import java.util.List;

/** Dated points read from data files, as functions of time. */
public final class Series {
    private Series() {
    }

    /** Linear interpolation through (time, value) points sorted by time, flat outside them. */
    public static double interpolate(List<double[]> points, double t) {
        if (t <= points.get(0)[0]) {
            return points.get(0)[1];
        }
        for (int i = 1; i < points.size(); i++) {
            double[] b = points.get(i);
            if (t <= b[0]) {
                double[] a = points.get(i - 1);
                return a[1] + (b[1] - a[1]) * (t - a[0]) / (b[0] - a[0]);
            }
        }
        return points.get(points.size() - 1)[1];
    }
}
