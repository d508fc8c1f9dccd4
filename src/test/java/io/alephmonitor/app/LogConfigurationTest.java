package io.alephmonitor.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped logback.xml: one log file in the folder the launcher names, rotated by day and size, capped in total. */
class LogConfigurationTest {

    @TempDir
    Path logDir;

    @Test
    void theAppLogsIntoItsLogFolderRotatingByDayAndSizeWithATotalCap() throws Exception {
        LoggerContext context = new LoggerContext();
        context.putProperty("alephmonitor.logDir", logDir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogConfigurationTest.class.getResource("/logback.xml"));
        try {
            List<Appender<?>> appenders = new ArrayList<>();
            context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appenders::add);

            assertThat(appenders).filteredOn(a -> a instanceof RollingFileAppender).singleElement().satisfies(a -> {
                try {
                RollingFileAppender<?> file = (RollingFileAppender<?>) a;
                assertThat(Path.of(file.getFile())).isEqualTo(logDir.resolve(Diagnostics.LOG_FILE));
                assertThat(file.getRollingPolicy()).isInstanceOf(SizeAndTimeBasedRollingPolicy.class);
                SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
                assertThat(policy.getFileNamePattern()).startsWith(logDir.toString()).contains("%d{").contains("%i");
                assertThat(policy.getMaxHistory()).as("days kept").isBetween(1, 31);
                assertThat(sizeField(TimeBasedRollingPolicy.class, "totalSizeCap", policy)).as("total cap")
                        .isPositive().isLessThanOrEqualTo(100L * 1024 * 1024);
                assertThat(sizeField(SizeAndTimeBasedRollingPolicy.class, "maxFileSize", policy)).as("file size")
                        .isPositive().isLessThanOrEqualTo(20L * 1024 * 1024);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            });
        } finally {
            context.stop();
        }
    }

    /** logback 1.5 has setters but no getters for the sizes. */
    private static long sizeField(Class<?> owner, String name, Object policy) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return ((FileSize) field.get(policy)).getSize();
    }
}
