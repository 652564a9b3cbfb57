package io.tropo4j.stacks;

import io.tropo4j.core.Asset;
import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Scanner;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.nested.NestedStack;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.lambda.EventSourceMapping;
import io.tropo4j.resources.lambda.Function;
import io.tropo4j.resources.lambda.LayerVersion;
import io.tropo4j.resources.logs.LogGroup;
import io.tropo4j.resources.sqs.Queue;
import java.util.List;

/**
 * A queue of orders and the function that works them off: the function's code is the folder
 * {@code functions/order-worker} (its handler beside the library it depends on), the receipt format a
 * layer ({@code functions/order-worker-layer}), both uploaded by the deployer as assets under their
 * content's hash. The function runs in a private network of its own, a nested stack
 * ({@link WorkerNetwork}) whose subnets and VPC it reads from the child's outputs.
 *
 * <p>A message the function fails on five times moves to a dead-letter queue, kept two weeks; the
 * function reports failures per message, so one bad order does not send its batch back.
 */
public final class OrderWorkerStack implements Stack {
  static final String RUNTIME = "python3.12";

  @Override
  public String name() {
    return "order-worker";
  }

  @Override
  public String summary() {
    return "SQS queue of orders worked off by a Lambda function (code and layer as assets) in a nested network stack";
  }

  @Override
  public Template build() {
    Template t = new Template().description("Order worker: a queue, a Lambda function and its layer, a nested network");
    Parameter<String> cidr = t.add(Parameter.string("VpcCidr").defaultValue("10.20.0.0/16")
        .description("The worker network's address range"));

    WorkerNetwork network = new WorkerNetwork();
    NestedStack net = t.add(new NestedStack("Network", network.template).parameter(network.cidr, cidr.ref())
        .timeoutInMinutes(30));

    Queue deadLetters = t.add(Justified.queueEncryptedBySqs(new Queue("DeadLetterQueue").sqsManagedSseEnabled(true)
        .messageRetentionPeriod(1_209_600).retainData()));
    Queue orders = t.add(Justified.queueEncryptedBySqs(new Queue("OrderQueue").sqsManagedSseEnabled(true)
        .visibilityTimeout(180)
        .redrivePolicy(Json.object("deadLetterTargetArn", deadLetters.arn(), "maxReceiveCount", 5))
        .retainData()));
    LogGroup logs = t.add(Justified.serviceEncryptedLogs(new LogGroup("WorkerLogs").retentionInDays(30)
        .retainData()));
    Role role = t.add(new Role("WorkerRole").assumeRolePolicyDocument(Roles.assumedBy("lambda.amazonaws.com"))
        .managedPolicyArns(Value.list(
            Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"),
            Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"))));
    SecurityGroup group = t.add(new SecurityGroup("WorkerSecurityGroup")
        .groupDescription("The order worker: nothing may connect to it")
        .vpcId(net.output(network.vpcId))
        .securityGroupEgress(new SecurityGroup.Egress().ipProtocol("tcp").fromPort(443).toPort(443)
            .cidrIp(cidr.ref()).description("HTTPS to endpoints inside the VPC only")));

    LayerVersion receipts = t.add(new LayerVersion("ReceiptsLayer")
        .content(Asset.folder("functions/order-worker-layer"))
        .compatibleRuntimes(List.of(RUNTIME))
        .description("Receipt lines, shared by the order functions")
        .retainData());
    Function worker = t.add(new Function("Worker")
        .code(Asset.folder("functions/order-worker"))
        .handler("handler.main").runtime(RUNTIME).role(role).layers(receipts)
        .timeout(30).memorySize(256).reservedConcurrentExecutions(5)
        .loggingConfig(new Function.LoggingConfig().logGroup(logs))
        .vpcConfig(new Function.VpcConfig().subnetIds(Fn.split(",", net.output(network.subnetIds)))
            .securityGroupIds(group))
        .exempt(Scanner.CHECKOV, "CKV_AWS_116", "The queue is the function's only event source and has a dead-letter "
            + "queue of its own; a Lambda dead-letter queue is for asynchronous invocation, which this function does "
            + "not get")
        .exempt(Scanner.CHECKOV, "CKV_AWS_272", "Code signing needs a signing profile in AWS Signer, outside this "
            + "example; the code comes from the artifact bucket under its content's hash, which only the deployer "
            + "writes")
        .tags(StackTags.of("order-worker")));
    t.add(new EventSourceMapping("OrderQueueTrigger").eventSourceArn(orders).functionName(worker)
        .batchSize(10).functionResponseTypes(List.of("ReportBatchItemFailures")));

    t.add(new Output("QueueUrl", orders.ref()).description("Send orders here"));
    t.add(new Output("FunctionName", worker.ref()).description("The function that works the queue off"));
    t.add(new Output("VpcId", net.output(network.vpcId)).description("The worker's network, from the nested stack"));
    return t;
  }
}
