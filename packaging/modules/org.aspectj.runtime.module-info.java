open module org.aspectj.runtime {
    exports org.aspectj.internal.lang.annotation;
    exports org.aspectj.internal.lang.reflect;
    exports org.aspectj.lang;
    exports org.aspectj.lang.annotation;
    exports org.aspectj.lang.annotation.control;
    exports org.aspectj.lang.internal.lang;
    exports org.aspectj.lang.reflect;
    exports org.aspectj.runtime;
    exports org.aspectj.runtime.internal;
    exports org.aspectj.runtime.internal.cflowstack;
    exports org.aspectj.runtime.reflect;
}
