"""Start MiniStack 1.5.33 on localhost, with four gaps in its CloudFormation engine, one in ECR and one in SSM filled.

    <venv>/bin/python src/emulators/ministack_server.py --port N

The venv is the one requirements-ministack.txt describes. Each patch below fills a gap that real
AWS does not have. If the pinned MiniStack's internals are not as this file
expects, it exits 2 with one line on stderr rather than serve an unpatched emulator.
"""
import argparse
import inspect
import json
import os
import re
import sys

PINNED = "1.5.33"
SOURCE, DESTINATION = "AWS::Logs::DeliverySource", "AWS::Logs::DeliveryDestination"
DELIVERY = "AWS::Logs::Delivery"


def expect(condition, what):
    if not condition:
        raise RuntimeError(what)


def parameters(fn):
    return list(inspect.signature(fn).parameters)


def patch():
    from importlib.metadata import version

    expect(version("ministack") == PINNED, f"ministack {version('ministack')} installed, {PINNED} expected")
    from ministack.core.responses import get_account_id, get_region
    from ministack.services import cloudwatch_logs as logs
    from ministack.services.cloudformation import changesets, engine, handlers, stacks
    from ministack.services.cloudformation import provisioners as prov

    registry = prov._RESOURCE_HANDLERS
    expect(isinstance(registry, dict) and "AWS::Logs::LogGroup" in registry, "provisioners._RESOURCE_HANDLERS")
    tag_map, cfn_bool = prov._tag_map, prov._cfn_bool
    deliveries = logs._deliveries

    # (a) MiniStack 1.5.33's CloudFormation engine does not know the three AWS::Logs::Delivery*
    # types ("Template format error: Unrecognized resource types"), though its Logs service has
    # their API. AWS's own handlers call that API (PutDeliverySource, PutDeliveryDestination,
    # CreateDelivery); these do the same through MiniStack's Logs service, so the resources show
    # in `aws logs describe-deliver*`. Ref and the GetAtt attributes are those of AWS's resource
    # schemas. Nothing is delivered: MiniStack writes no access logs.
    put_source, delete_source = logs._put_delivery_source, logs._delete_delivery_source
    put_dest, delete_dest = logs._put_delivery_destination, logs._delete_delivery_destination
    put_policy, delete_policy = logs._put_delivery_destination_policy, logs._delete_delivery_destination_policy
    create_delivery, delete_delivery = logs._create_delivery, logs._delete_delivery
    for rtype in (SOURCE, DESTINATION, DELIVERY):
        expect(rtype not in registry and rtype not in prov._REPLACING_PROPERTIES, f"{rtype} already known")

    def call(fn, request, rtype):
        status, _, body = fn(request)
        payload = json.loads(body) if body else {}
        if status >= 400:
            raise ValueError(f"{rtype}: {payload.get('message', payload)}")
        return payload

    def source_create(logical_id, props, stack_name):
        s = call(put_source, {"name": props.get("Name"), "resourceArn": props.get("ResourceArn"),
                              "logType": props.get("LogType"), "tags": tag_map(props.get("Tags"))},
                 SOURCE)["deliverySource"]
        return s["name"], {"Arn": s["arn"], "ResourceArns": s["resourceArns"], "Service": s["service"]}

    def destination_create(logical_id, props, stack_name):
        config = {"destinationResourceArn": props.get("DestinationResourceArn")}
        request = {"name": props.get("Name"), "deliveryDestinationConfiguration": config,
                   "tags": tag_map(props.get("Tags"))}
        if props.get("OutputFormat"):
            request["outputFormat"] = props["OutputFormat"]
        d = call(put_dest, request, DESTINATION)["deliveryDestination"]
        policy = (props.get("DeliveryDestinationPolicy") or {}).get("DeliveryDestinationPolicy")
        if policy is None:
            delete_policy({"deliveryDestinationName": d["name"]})  # none, or dropped by an update
        else:
            call(put_policy, {"deliveryDestinationName": d["name"], "deliveryDestinationPolicy":
                              policy if isinstance(policy, str) else json.dumps(policy)}, DESTINATION)
        return d["name"], {"Arn": d["arn"]}

    def delivery_config(props):  # what CreateDelivery and UpdateDeliveryConfiguration take
        s3 = {}
        if "S3SuffixPath" in props:
            s3["suffixPath"] = props["S3SuffixPath"]
        if "S3EnableHiveCompatiblePath" in props:
            s3["enableHiveCompatiblePath"] = cfn_bool(props["S3EnableHiveCompatiblePath"])
        return {"recordFields": list(props.get("RecordFields") or []), "s3DeliveryConfiguration": s3,
                "fieldDelimiter": props.get("FieldDelimiter", ""), "tags": tag_map(props.get("Tags"))}

    def delivery_attributes(d):
        return d["id"], {"Arn": d["arn"], "DeliveryId": d["id"],
                         "DeliveryDestinationType": d["deliveryDestinationType"]}

    def delivery_create(logical_id, props, stack_name):
        request = {"deliverySourceName": props.get("DeliverySourceName"),
                   "deliveryDestinationArn": props.get("DeliveryDestinationArn"), **delivery_config(props)}
        return delivery_attributes(call(create_delivery, request, DELIVERY)["delivery"])

    def delivery_update(physical_id, old_props, new_props, stack_name):
        # Only mutable properties get here (the source and destination are create-only, below).
        # MiniStack's Logs API has no UpdateDeliveryConfiguration: change its record directly.
        record = deliveries.get(physical_id)
        if record is None:
            raise ValueError(f"{DELIVERY}: Delivery does not exist: {physical_id}")
        record.update(delivery_config(new_props))
        return delivery_attributes(record)

    # Deletes ignore "does not exist": the resource is gone either way.
    registry[SOURCE] = {
        "create": source_create, "delete": lambda pid, props: delete_source({"name": pid}),
        "update": lambda pid, old, new, stack: source_create(pid, new, stack)}
    registry[DESTINATION] = {
        "create": destination_create, "delete": lambda pid, props: delete_dest({"name": pid}),
        "update": lambda pid, old, new, stack: destination_create(pid, new, stack)}
    registry[DELIVERY] = {
        "create": delivery_create, "delete": lambda pid, props: delete_delivery({"id": pid}),
        "update": delivery_update}
    # Create-only properties (the schemas' createOnlyProperties): a change replaces the resource,
    # and DescribeChangeSet says so. A replacement that keeps a Name is refused, as on AWS.
    prov._REPLACING_PROPERTIES.update({
        SOURCE: ("Name",),
        DESTINATION: ("Name", "OutputFormat", "DestinationResourceArn", "DeliveryDestinationType"),
        DELIVERY: ("DeliverySourceName", "DeliveryDestinationArn")})
    expect(isinstance(prov._CUSTOM_NAME_REPLACEMENT, dict), "provisioners._CUSTOM_NAME_REPLACEMENT")
    prov._CUSTOM_NAME_REPLACEMENT.update({t: {"name": "Name"} for t in (SOURCE, DESTINATION)})

    # (b) CloudFormation hands parameter values to resources as strings, and AWS's ECS provider
    # converts them. MiniStack 1.5.33's AWS::ECS::Service provisioner passes DesiredCount on as
    # given, so {Ref: <Number parameter>} fails with "unsupported operand type(s) for -: 'str'
    # and 'int'". Convert a whole-number string before MiniStack sees it.
    service = registry["AWS::ECS::Service"]
    create, update = service["create"], service["update"]
    expect(create is prov._ecs_service_create and update is prov._ecs_service_update
           and "update_with_logical_id" not in service, "AWS::ECS::Service handlers")
    expect(parameters(create) == ["logical_id", "props", "stack_name"]
           and parameters(update) == ["physical_id", "old_props", "new_props", "stack_name"],
           "AWS::ECS::Service handler signatures")

    def int_count(props):
        count = props.get("DesiredCount")
        if isinstance(count, str) and re.fullmatch(r"\s*\d+\s*", count):
            return {**props, "DesiredCount": int(count)}
        return props

    service["create"] = lambda logical_id, props, stack_name: create(logical_id, int_count(props), stack_name)
    service["update"] = lambda pid, old, new, stack: update(pid, int_count(old), int_count(new), stack)

    # (c) MiniStack 1.5.33 evaluates Conditions with a Ref to a pseudo parameter as the parameter's
    # own name, so Fn::Equals [Ref AWS::Region, us-east-1] is false in us-east-1; AWS resolves it.
    # Give the conditions the pseudo parameters MiniStack resolves everywhere else.
    evaluate = engine._evaluate_conditions
    expect(parameters(evaluate) == ["template", "params"], "engine._evaluate_conditions")

    def evaluate_with_pseudo(template, params):
        pseudo = {"AWS::Region": get_region(), "AWS::AccountId": get_account_id(),
                  "AWS::Partition": "aws", "AWS::URLSuffix": "amazonaws.com"}
        return evaluate(template, {**{k: {"Value": v} for k, v in pseudo.items()}, **params})

    for module in (engine, changesets, handlers, stacks):  # the modules that imported it by name
        expect(module._evaluate_conditions is evaluate, f"{module.__name__}._evaluate_conditions")
        module._evaluate_conditions = evaluate_with_pseudo

    # (d) AWS's ECR DescribeImages, given imageIds, fails with ImageNotFoundException when one of
    # them is not in the repository: "The image with imageId {imageDigest:'null', imageTag:'v1'}
    # does not exist within the repository with name 'app' in the registry with id '123456789012'".
    # MiniStack 1.5.33 answers 200 with the images it found, leaving the others out (so
    # {"imageDetails": []} for one missing tag). Answer as AWS does; a missing repository is
    # still MiniStack's RepositoryNotFoundException, which it checks first, as AWS does.
    from ministack.services import ecr
    describe_images, find_image = ecr._describe_images, ecr._find_image
    expect(parameters(describe_images) == ["data"] and parameters(find_image) == ["repo_name", "image_id"]
           and callable(ecr.error_response_json) and callable(ecr._registry_id), "ecr._describe_images")

    def describe_images_or_not_found(data):
        name = data.get("repositoryName", "")
        if name in ecr._repositories:
            for image_id in data.get("imageIds") or []:
                if find_image(name, image_id) is None:
                    shown = (f"{{imageDigest:'{image_id.get('imageDigest') or 'null'}', "
                             f"imageTag:'{image_id.get('imageTag') or 'null'}'}}")
                    return ecr.error_response_json(
                        "ImageNotFoundException", f"The image with imageId {shown} does not exist within the "
                        f"repository with name '{name}' in the registry with id '{ecr._registry_id()}'", 400)
        return describe_images(data)

    ecr._describe_images = describe_images_or_not_found  # handle_request looks it up at each call

    # MiniStack 1.5.33 serves two of the public AMI parameters every AWS account can read, not the
    # ECS-optimized one (the default of ecs-cluster's and ecs-service's ImageId), and refuses to let
    # anyone put a name under /aws/. Served like the other two, pointed at the same stub image.
    from ministack.services import ssm
    public = ssm._PUBLIC_AMI_PARAMETERS
    expect(isinstance(public, dict) and callable(ssm._public_parameter), "ssm._PUBLIC_AMI_PARAMETERS")
    al2023 = public["/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"]
    public.setdefault("/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id", al2023)

    # MiniStack 1.5.33 resolves Fn::GetStackOutput (for aws-cdk-local) in the reading stack's own region
    # only, whatever its Region says. AWS reads the output in the Region given, so an app's stacks in two
    # regions can read each other: the stack is looked up in that region's scope. (RoleArn, for another
    # account, has nothing to stand for here: the emulator has one account.)
    from ministack.core import responses
    from ministack.services import cloudformation as cfn_state
    resolve = engine._resolve_refs
    expect(parameters(resolve) == ["value", "resources", "params", "conditions", "mappings", "stack_name",
                                   "stack_id"] and isinstance(responses._request_region.get(None), (str, type(None)))
           and hasattr(cfn_state, "_stacks"), "engine._resolve_refs")

    def resolve_with_region(value, resources, params, conditions, mappings, stack_name, stack_id):
        spec = value.get("Fn::GetStackOutput") if isinstance(value, dict) and len(value) == 1 else None
        if not isinstance(spec, dict) or not spec.get("Region"):
            return resolve(value, resources, params, conditions, mappings, stack_name, stack_id)
        name, output, region = (str(resolve(spec.get(key, ""), resources, params, conditions, mappings, stack_name,
                                            stack_id)) for key in ("StackName", "OutputName", "Region"))
        token = responses._request_region.set(region)
        try:
            stack = cfn_state._stacks.get(name)
        finally:
            responses._request_region.reset(token)
        for o in (stack or {}).get("Outputs", []):
            if o.get("OutputKey") == output:
                return o.get("OutputValue", "")
        raise ValueError(f"Output '{output}' not found in stack '{name}' in {region}")

    engine._resolve_refs = resolve_with_region  # engine's own recursion looks it up at each call
    for module in (changesets, handlers, stacks):
        if getattr(module, "_resolve_refs", None) is resolve:
            module._resolve_refs = resolve_with_region


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    port = parser.parse_args().port
    # MiniStack reads these when imported, and its main() parses sys.argv itself.
    os.environ["GATEWAY_PORT"] = str(port)
    os.environ["BIND_HOST"] = "localhost"
    sys.argv = sys.argv[:1]
    try:
        from ministack import app
        expect(callable(getattr(app, "main", None)), "ministack.app.main")
        patch()
    except Exception as e:  # one line, non-zero: never run unpatched
        print(f"ministack_server: MiniStack {PINNED} not as expected, not started: "
              f"{type(e).__name__}: {e}".replace("\n", " "), file=sys.stderr)
        sys.exit(2)
    app.main()  # as the `ministack` command does


if __name__ == "__main__":
    main()
