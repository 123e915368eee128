package io.newsgraph.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunction3;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Refuses regular expressions that can take exponential time: a group that repeats and holds a
 * repetition itself ({@code (a+)+}, {@code (\w+\s?)*}, {@code (.*)*}). Java's engine backtracks,
 * and one such match on one long literal runs for minutes without reaching a point where the
 * query timeout can stop it. Patterns computed at run time are not checked (they are rare).
 */
final class RegexGuard {
    private RegexGuard() {
    }

    /** Why the query is refused, or null when its constant patterns are safe. */
    static String refusal(Query query) {
        String[] found = {null};
        ExprVisitorBase patterns = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunction2 f) {
                check(f);
            }

            @Override
            public void visit(ExprFunction3 f) {
                check(f);
            }

            @Override
            public void visit(ExprFunctionN f) {
                check(f);
            }

            private void check(ExprFunction f) {
                int arg = f instanceof E_Regex || f instanceof E_StrReplace ? 2
                        : f instanceof E_Function fn && fn.getFunctionIRI().endsWith("#matches") ? 2 : -1;
                if (found[0] == null && arg > 0 && f.numArgs() >= arg && f.getArg(arg) instanceof NodeValue nv && nv.isString()
                        && nestedRepetition(nv.getString())) {
                    found[0] = "regular expression \"" + nv.getString() + "\" repeats a group that itself repeats (like (a+)+): "
                            + "it can take exponential time; write it without the nested repetition";
                }
            }

            @Override
            public void visit(ExprFunctionOp op) {
                Walker.walk(op.getGraphPattern(), new OpVisitorBase(), this);
            }
        };
        // the algebra holds every expression: filters, binds, projections, HAVING, ORDER BY, sub-queries
        Walker.walk(Algebra.compile(query), new OpVisitorBase(), patterns);
        return found[0];
    }

    /** True when some group followed by a repetition ({@code * + {n,}}) contains a repetition itself. */
    static boolean nestedRepetition(String regex) {
        Deque<Boolean> groups = new ArrayDeque<>(); // per open group: does it hold a repetition?
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (inClass) {
                inClass = c != ']';
                continue;
            }
            switch (c) {
                case '[' -> inClass = true;
                case '(' -> groups.push(false);
                case ')' -> {
                    boolean inner = !groups.isEmpty() && groups.pop();
                    boolean repeated = repeats(regex, i + 1);
                    if (inner && repeated) {
                        return true;
                    }
                    if ((inner || repeated) && !groups.isEmpty()) {
                        groups.pop();
                        groups.push(true);
                    }
                }
                case '*', '+' -> markRepetition(groups);
                case '{' -> {
                    if (repeats(regex, i)) {
                        markRepetition(groups);
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static void markRepetition(Deque<Boolean> groups) {
        if (!groups.isEmpty()) {
            groups.pop();
            groups.push(true);
        }
    }

    /** True when a repetition of varying length starts at {@code i}: *, +, {n,} or {n,m} with m > n. */
    private static boolean repeats(String regex, int i) {
        if (i >= regex.length()) {
            return false;
        }
        char c = regex.charAt(i);
        if (c == '*' || c == '+') {
            return true;
        }
        if (c == '{') {
            int close = regex.indexOf('}', i);
            if (close < 0) {
                return false;
            }
            String[] bounds = regex.substring(i + 1, close).split(",", -1);
            try {
                // {n} matches one way only; {n,} and {n,m} with m > n can split the input many ways
                return bounds.length == 2 && (bounds[1].isBlank() || Integer.parseInt(bounds[1].strip()) > Integer.parseInt(bounds[0].strip()));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }
}
