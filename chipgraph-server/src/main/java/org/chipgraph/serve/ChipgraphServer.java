package org.chipgraph.serve;

import java.net.URL;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.chipgraph.query.QuestionLibrary;
import org.chipgraph.query.StoreWarmup;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.util.security.Credential;

/**
 * The SPARQL endpoint over a store: an embedded Fuseki with the dataset at /chipgraph, the union of
 * the named graphs as default graph (set in the store's context), the Fuseki web UI, the question
 * library at /chipgraph/questions, a query time limit, CORS, and writes only for authenticated users.
 *
 * <pre>
 *   /chipgraph            SPARQL query (GET, POST) and Graph Store Protocol reads
 *   /chipgraph/query      SPARQL query           /chipgraph/sparql  the same
 *   /chipgraph/get        Graph Store Protocol, read
 *   /chipgraph/update     SPARQL Update          (only with a password file; Basic auth)
 *   /chipgraph/data       Graph Store Protocol, read and write (only with a password file; Basic auth)
 *   /chipgraph/questions  the question library
 *   /chipgraph/search     name search (?q=TEXT)
 *   /                     the web UI (with a link to the questions)
 * </pre>
 */
public final class ChipgraphServer implements AutoCloseable {

    static final String REALM = "chipgraph";

    private final FusekiServer fuseki;
    private final ServeSettings settings;
    private final RequestLogFile log;
    private final ServerWarmup warmup;

    private ChipgraphServer(FusekiServer fuseki, ServeSettings settings, RequestLogFile log, ServerWarmup warmup) {
        this.fuseki = fuseki;
        this.settings = settings;
        this.log = log;
        this.warmup = warmup;
    }

    /** Puts the {@link Gatekeeper} in front of everything Jetty serves, and the one-line request log behind it. */
    private static RequestLogFile guard(FusekiServer fuseki, ServeSettings settings) {
        org.eclipse.jetty.server.Server jetty = fuseki.getJettyServer();
        RequestLogFile log = new RequestLogFile(settings.requestLog());
        Gatekeeper gate = new Gatekeeper(settings, log, jetty.getHandler());
        log.countFailuresIn(gate);
        jetty.setHandler(gate);
        jetty.setRequestLog(log);
        // A form post (query=...) of unknown length is read by Jetty itself: the same cap applies (Jetty's default is 200 KB).
        org.eclipse.jetty.ee10.servlet.ServletContextHandler.getServletContextHandler(fuseki.getServletContext())
                .setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, settings.maxBody()));
        return log;
    }

    /** Builds and starts the server; {@code settings.port() == 0} picks a free port. */
    public static ChipgraphServer start(DatasetGraph dsg, ServeSettings settings, QuestionLibrary library) {
        return start(dsg, settings, library.all());
    }

    /** Builds and starts the server with the given questions at /chipgraph/questions. */
    public static ChipgraphServer start(DatasetGraph dsg, ServeSettings settings, java.util.List<org.chipgraph.query.Question> questions) {
        return start(dsg, settings, questions, StoreWarmup::warm);
    }

    /** As above, with the store warmed by {@code warm} on a thread of its own once the server listens. */
    static ChipgraphServer start(DatasetGraph dsg, ServeSettings settings, java.util.List<org.chipgraph.query.Question> questions,
            java.util.function.Consumer<DatasetGraph> warm) {
        String name = ServeSettings.DATASET;
        org.chipgraph.query.TextQuery.register();
        Context limits = new Context();
        if (!settings.timeout().isZero()) limits.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));

        DataService.Builder service = DataService.newBuilder(dsg);
        for (String ep : new String[] {"", "query", "sparql"}) {
            service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(ep).context(limits).build());
        }
        service.addEndpoint(Operation.GSP_R, "");
        service.addEndpoint(Operation.GSP_R, "get");

        FusekiServer.Builder b = FusekiServer.create()
                .port(settings.port())
                .loopback(false)
                .enableCors(false)
                .enablePing(true)
                .enableStats(true)
                .addFilter("/*", new CorsFilter(settings.cors()))
                .addFilter("/*", new QueryGuard(name, settings.timeout(), settings.maxBody()))
                .addFilter("/*", new UnionDefaultGraph(name, dsg))
                .addFilter("/*", new QuestionEndpoint(name, questions, dsg, settings.timeout()))
                .addFilter("/*", new SearchEndpoint(name, dsg))
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new DatasetsListing());
        if (settings.allowUpdate()) {
            PasswordFile passwords = PasswordFile.read(settings.passwordFile());
            AuthPolicy writers = Auth.policyAllowSpecific(passwords.userNames());
            service.addEndpoint(Endpoint.create().operation(Operation.Update).endpointName("update").context(limits).authPolicy(writers)
                    .processor(new SummarisingUpdate()).build());
            service.addEndpoint(Endpoint.create().operation(Operation.GSP_RW).endpointName("data").authPolicy(writers)
                    .processor(new SummarisingGraphStore()).build());
            b.securityHandler(securityHandler(passwords));
        }
        String ui = uiBase();
        if (ui != null) {
            b.staticFileBase(ui);
            UiQuestionsLink link = UiQuestionsLink.forDataset(name);
            if (link != null) b.addFilter("/*", link);
        }
        b.add(name, service.build());
        FusekiServer fuseki = b.build();
        bindTo(fuseki, settings.host());
        RequestLogFile log = guard(fuseki, settings);
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            log.close();
            throw e;
        }
        return new ChipgraphServer(fuseki, settings, log, ServerWarmup.start(dsg, warm));
    }

    /**
     * HTTP Basic over the users of the password file, read once here. Not Fuseki's passwordFile(),
     * whose Jetty store re-scans the file on a background thread that outlives the server.
     * Fuseki adds a constraint for each endpoint with an auth policy to this handler.
     */
    private static ConstraintSecurityHandler securityHandler(PasswordFile passwords) {
        UserStore users = new UserStore();
        // getCredential also understands Jetty's OBF:, MD5: and CRYPT: forms of a password.
        passwords.users().forEach((user, password) -> users.addUser(user, Credential.getCredential(password), new String[] {"writer"}));
        return JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
    }

    /** The Fuseki UI's files, from the jena-fuseki-ui jar on the class path (null when absent). */
    static String uiBase() {
        URL index = ChipgraphServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null) return null;
        String s = index.toExternalForm();
        return s.substring(0, s.length() - "index.html".length());
    }

    /** Fuseki binds loopback or all interfaces; a specific host needs the Jetty connector set directly. */
    private static void bindTo(FusekiServer fuseki, String host) {
        for (var c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.ServerConnector sc) sc.setHost(host);
        }
    }

    public int port() { return fuseki.getHttpPort(); }

    public String host() { return settings.host(); }

    /** http://host:port/ */
    public String baseUrl() {
        String h = settings.host().contains(":") && !settings.host().startsWith("[") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + h + ":" + port() + "/";
    }

    /** http://host:port/chipgraph */
    public String datasetUrl() { return baseUrl() + ServeSettings.DATASET; }

    public ServeSettings settings() { return settings; }

    /** The start-up warm-up of the store's per-version structures. */
    ServerWarmup warmup() { return warmup; }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    @Override
    public void close() {
        fuseki.stop();
        warmup.close();
        log.close();
    }
}
