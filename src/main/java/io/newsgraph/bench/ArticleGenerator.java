package io.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic synthetic business news for benchmarks: stories about thousands of distinct invented
 * companies and people, each told by one to three sources in different wordings, with all six
 * fact kinds, menus, ads and "Also read" lines, as text or HTML, about 4 KB each. Deterministic
 * for a seed, so runs compare.
 */
public final class ArticleGenerator {
    private static final String[] STEMS = {"Vantor", "Quill", "Brisa", "Norda", "Helix", "Orbis", "Kestrel", "Lumen", "Sable",
            "Tessel", "Corvid", "Auren", "Delmar", "Fenwick", "Galen", "Harbor", "Istra", "Juniper", "Kaledo", "Larch", "Meridian",
            "Nimbus", "Oakline", "Pylon", "Quarry", "Rowan", "Solace", "Tidal", "Umber", "Vesper", "Wexford", "Yarrow", "Zephyr",
            "Altura", "Beacon", "Cobalt", "Dune", "Ember", "Flint", "Granite", "Halcyon", "Indigo", "Jasper", "Kinetic", "Lattice"};
    private static final String[] SECOND = {"", "", "", " North", " Blue", " Bright", " Prime", " Deep", " Clear", " Swift"};
    private static final String[] SUFFIX = {"Robotics", "Labs", "Bio", "Systems", "Analytics", "Foods", "Energy", "Networks",
            "Therapeutics", "Logistics", "Software", "Motors", "Health", "Semiconductor", "Security", "Media", "Airlines", "AI"};
    private static final String[] INVESTOR_SUFFIX = {"Capital", "Ventures", "Partners", "Investments", "Group"};
    private static final String[] FIRST = {"Maria", "James", "Priya", "Chen", "Olivia", "Ahmed", "Sofia", "Daniel", "Elena", "Kwame",
            "Laura", "Marcus", "Nadia", "Oscar", "Rachel", "Samuel", "Tara", "Victor", "Wendy", "Yusuf", "Hannah", "Ivan", "Julia"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Tanaka", "Whitfield", "Castillo", "Novak", "Brennan",
            "Asante", "Kowalski", "Haddad", "Ferreira", "Nakamura", "Osei", "Petrov", "Quinlan", "Rasmussen", "Silva", "Thorne"};
    private static final String[] TITLES = {"chief executive", "CEO", "chief financial officer", "CFO", "president",
            "chief technology officer", "co-founder", "head of sales", "chief operating officer"};
    private static final String[] CITIES = {"Pittsburgh", "Austin", "Denver", "Toronto", "Berlin", "Leeds", "Lyon", "Osaka", "Seoul"};
    private static final String[] FILLER = {
            "Analysts said the move reflected a broader shift in the industry toward automation and tighter cost control.",
            "The company did not respond to a request for comment on the figures.",
            "Shares of listed rivals were little changed in afternoon trading.",
            "The sector has seen a wave of consolidation over the past two years as investors grow more selective.",
            "Industry observers expect more deals of this kind as interest rates ease and valuations recover.",
            "Customers have been asking for faster delivery and better integration with existing software.",
            "The firm said it would continue to invest in research and development despite the pressure on margins.",
            "Competition for engineering talent remains intense, recruiters said.",
            "Regulators have not indicated whether they will review the arrangement.",
            "The announcement came ahead of the company's quarterly results, due next month."};
    private static final String[] NOISE = {"Advertisement", "Also read: Five startups to watch this quarter",
            "Subscribe to our newsletter for the latest business news", "Share this article", "Related: Markets wrap"};

    private final Random random;
    private final int companies;

    /** A generator drawing from {@code companies} distinct company names. */
    public ArticleGenerator(long seed, int companies) {
        this.random = new Random(seed);
        this.companies = Math.max(10, companies);
    }

    /** One generated article: its file name and content. */
    public record GeneratedArticle(String name, String content) {
    }

    /** {@code n} articles: stories told by one to three sources each. */
    public List<GeneratedArticle> generate(int n) {
        List<GeneratedArticle> out = new ArrayList<>(n);
        int story = 0;
        while (out.size() < n) {
            Story s = story(story++);
            int sources = 1 + random.nextInt(3);
            for (int k = 0; k < sources && out.size() < n; k++) {
                boolean html = random.nextInt(3) == 0;
                String body = render(s, k);
                String name = String.format(Locale.ROOT, "story-%06d-source-%d.%s", story, k, html ? "html" : "txt");
                out.add(new GeneratedArticle(name, html ? html(s, body, k) : " date " + s.date + " " + body));
            }
        }
        return out;
    }

    private record Story(String company, String investor, String acquirer, String client, String person, String person2,
                         String title, String city, long amount, int stake, int layoff, int percent, int headcount,
                         int contractors, String date) {
    }

    private Story story(int i) {
        int c = random.nextInt(companies);
        return new Story(company(c), investor(random.nextInt(companies)), company(random.nextInt(companies)),
                company(random.nextInt(companies)), person(), person(), TITLES[random.nextInt(TITLES.length)],
                // one round in ten is over $1 billion and one cut in eight over 1,000 jobs, as in the news (and so analyst
                // queries with such thresholds have answers)
                CITIES[random.nextInt(CITIES.length)], (random.nextInt(10) == 0 ? 1000 + random.nextInt(9000) : 1 + random.nextInt(900)) * 1_000_000L,
                5 + random.nextInt(60), random.nextInt(8) == 0 ? 1000 + random.nextInt(12000) : 20 + random.nextInt(900), 3 + random.nextInt(25), 200 + random.nextInt(20000), random.nextInt(4) == 0 ? 50 + random.nextInt(500) : 0,
                String.format(Locale.ROOT, "2025-%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
    }

    private static String company(int i) {
        return STEMS[i % STEMS.length] + SECOND[(i / STEMS.length) % SECOND.length] + " " + SUFFIX[(i / (STEMS.length * SECOND.length)) % SUFFIX.length]
                + (i >= STEMS.length * SECOND.length * SUFFIX.length ? " " + (i / (STEMS.length * SECOND.length * SUFFIX.length) + 1) : "");
    }

    private static String investor(int i) {
        return STEMS[(i * 7) % STEMS.length] + " " + INVESTOR_SUFFIX[i % INVESTOR_SUFFIX.length];
    }

    private String person() {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private String money(long amount) {
        return switch (random.nextInt(3)) {
            case 0 -> "$" + amount / 1_000_000 + " million";
            case 1 -> amount >= 100_000_000 ? String.format(Locale.ROOT, "$%.2f billion", amount / 1e9) : "$" + amount / 1_000_000 + "m";
            default -> "US$" + amount / 1_000_000 + " million";
        };
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private String render(Story s, int variant) {
        StringBuilder b = new StringBuilder();
        b.append(s.company).append(pick(" cuts jobs after funding round", " lays off staff", " restructures as investor takes stake"))
                .append("\n\n");
        b.append(pick(
                s.company + ", the " + s.city + "-based startup, said on Tuesday it would lay off " + s.layoff + " employees, about "
                        + s.percent + "% of its workforce.",
                s.company + " has laid off " + s.layoff + " workers, or " + s.percent + " percent of its staff, according to a memo seen by reporters.",
                "The " + s.city + "-based " + s.company + " is cutting " + s.layoff + " jobs, roughly " + s.percent + "% of its employees."));
        if (s.contractors > 0) {
            b.append(" The company is also ending contracts with ").append(s.contractors).append(" contractors.");
        }
        b.append("\n\n");
        b.append(pick(
                s.investor + " invested " + money(s.amount) + " in " + s.company + " for a " + s.stake + "% stake earlier this year.",
                "Earlier this year " + s.company + " raised " + money(s.amount) + " from " + s.investor + ".",
                s.investor + " took a " + s.stake + "% stake in " + s.company + " for " + money(s.amount) + "."));
        b.append("\n\n").append(NOISE[random.nextInt(NOISE.length)]).append("\n\n");
        b.append(pick(
                "\"We grew too quickly,\" said " + s.person + ", " + s.company + "'s " + s.title + ".",
                s.company + " " + s.title + " " + s.person + " said the changes would make the business leaner.",
                s.person + ", who became " + s.title + " of " + s.company + " in 2023, wrote in the memo that the cuts were necessary."));
        b.append(' ').append(pick(
                "Former " + s.title + " " + s.person2 + " left the company last year.",
                s.person2 + ", the company's former chief operating officer, joined a rival in March.",
                ""));
        b.append("\n\n");
        b.append(pick(
                s.company + " employs about " + s.headcount + " people worldwide.",
                "Before the cuts, " + s.company + " had a workforce of " + s.headcount + ".",
                "The company, which has roughly " + s.headcount + " employees, remains profitable."));
        b.append(' ').append(pick(
                s.client + " is one of " + s.company + "'s largest customers.",
                s.client + " has scaled back its contract with " + s.company + ".",
                s.company + " counts " + s.client + " among its clients."));
        b.append("\n\n");
        if (variant == 0 || random.nextBoolean()) {
            b.append(pick(
                    s.acquirer + " agreed to acquire " + s.company + " for " + money(s.amount * 3) + ", the companies said.",
                    "A planned deal for " + s.acquirer + " to acquire " + s.company + " fell through last month.",
                    s.acquirer + " completed its acquisition of " + s.company + " in June."));
            b.append("\n\n");
        }
        while (b.length() < 3600) {
            b.append(FILLER[random.nextInt(FILLER.length)]).append(' ');
            if (random.nextInt(4) == 0) {
                b.append("\n\n");
            }
        }
        return b.toString().strip() + "\n";
    }

    private String html(Story s, String body, int variant) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>");
        String title = body.lines().findFirst().orElse(s.company);
        b.append(title).append("</title><meta property=\"og:site_name\" content=\"Synthetic Wire ").append(variant)
                .append("\"><meta property=\"article:published_time\" content=\"").append(s.date).append("T09:00:00Z\">")
                .append("<script>var ads = [];</script></head><body><nav><a href=\"/\">Home</a> <a href=\"/markets\">Markets</a></nav>")
                .append("<div class=\"ad-banner\">Advertisement</div><article><h1>").append(title).append("</h1>");
        body.lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> b.append("<p>").append(l.replace("&", "&amp;").replace("<", "&lt;")).append("</p>"));
        b.append("</article><footer>Copyright Synthetic Wire</footer></body></html>");
        return b.toString();
    }
}
