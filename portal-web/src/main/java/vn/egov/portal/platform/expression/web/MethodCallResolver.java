package vn.egov.portal.platform.expression.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls of bean methods with arguments in page expressions ({@code #{portalView.link(article)}}),
 * answered as the standard bean resolver answers them, but with each method looked up once per
 * class. The standard resolver asks the class for all its public methods, a fresh copy of the array,
 * on every call: a tenth of an uncached page's time went there (issue 15). Whatever this resolver
 * cannot match without doubt (a name overloaded for the same number of arguments, varargs, declared
 * types given, a method of a class that is not public) it leaves to the standard resolver.
 */
public class MethodCallResolver extends ELResolver {

    private static final ClassValue<Map<String, Optional<Method>>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || !(method instanceof String name) || paramTypes != null) {
            return null;
        }
        Object[] given = params == null ? new Object[0] : params;
        Optional<Method> found = METHODS.get(base.getClass())
                .computeIfAbsent(name + '/' + given.length, key -> soleMethod(base.getClass(), name, given.length));
        if (found.isEmpty()) {
            return null;
        }
        Object[] arguments = coerced(context, found.get().getParameterTypes(), given);
        context.setPropertyResolved(base, method);
        return call(found.get(), base, arguments);
    }

    /** The one public, non-varargs method of that name and arity, if there is exactly one. */
    static Optional<Method> soleMethod(Class<?> type, String name, int arity) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return Optional.empty();
        }
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(candidate -> candidate.getName().equals(name))
                .filter(candidate -> candidate.getParameterCount() == arity && !candidate.isBridge())
                .toList();
        if (candidates.size() != 1
                || candidates.get(0).isVarArgs()
                || !Modifier.isPublic(candidates.get(0).getDeclaringClass().getModifiers())) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(0));
    }

    /** As the standard resolver does: each argument converted to its parameter's type, nulls kept. */
    private static Object[] coerced(ELContext context, Class<?>[] types, Object[] given) {
        Object[] arguments = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            arguments[i] =
                    given[i] == null && !types[i].isPrimitive() ? null : context.convertToType(given[i], types[i]);
        }
        return arguments;
    }

    private static Object call(Method method, Object base, Object[] arguments) {
        try {
            return method.invoke(base, arguments);
        } catch (InvocationTargetException failed) {
            throw new ELException(failed.getCause());
        } catch (IllegalAccessException refused) {
            throw new ELException(refused);
        }
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // Properties are the other resolvers' business.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
