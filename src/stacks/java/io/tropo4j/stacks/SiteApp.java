package io.tropo4j.stacks;

import io.tropo4j.core.App;
import io.tropo4j.core.AppDefinition;
import io.tropo4j.core.StackEnvironment;

/**
 * A single-page app and the service it calls, as one app: the service on Fargate in us-west-2
 * (fargate-service), the site behind CloudFront in us-east-1 (static-site), where CloudFront's
 * certificates must be, both in one hosted zone. The site's distribution passes {@code /api/*} to the
 * service, whose DNS name it reads from the service's stack: deployed first, deleted last.
 *
 * <p>The reference is weak (Fn::GetStackOutput, no export): the stacks are in two regions, where exports
 * do not reach.
 */
public final class SiteApp implements AppDefinition {
  /** The service's region: any region with Fargate; the site stays in us-east-1. */
  static final String SERVICE_REGION = "us-west-2";

  @Override
  public App app() {
    App app = new App("site-app");
    App.Member service = app.add("site-app-service", new FargateServiceStack(), StackEnvironment.region(SERVICE_REGION));
    app.add("site-app-site", new StaticSiteStack(app.output(service, "ServiceDomainName")),
        StackEnvironment.region("us-east-1"));
    return app;
  }
}
