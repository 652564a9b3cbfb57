package io.tropo4j.check;

import io.tropo4j.core.Asset;
import io.tropo4j.core.NestedTemplate;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assets a template uses: each is there, not empty, and within what the service that takes it
 * accepts; a nested stack's template is valid in its own right, with a value for each parameter that
 * has no default.
 */
final class AssetCheck {
  /** Lambda: a function's or layer's code, unzipped, from S3 (its 50 MB limit is for uploads to Lambda itself). */
  static final long LAMBDA_UNZIPPED_BYTES = 262_144_000L;
  /** Step Functions: a state machine's definition. */
  static final long STATE_MACHINE_DEFINITION_BYTES = 1_048_576L;

  /** What each type's property takes at most, by "Type Property", and how much is measured. */
  private record Limit(long bytes, boolean unpacked, String what) {}

  private static final Map<String, Limit> LIMITS = Map.of(
      "AWS::Lambda::Function Code", new Limit(LAMBDA_UNZIPPED_BYTES, true, "a Lambda function's code, unzipped"),
      "AWS::Lambda::LayerVersion Content", new Limit(LAMBDA_UNZIPPED_BYTES, true, "a Lambda layer, unzipped"),
      "AWS::CloudFormation::Stack TemplateURL", new Limit(QuotaCheck.MAX_BODY_BYTES_S3, false,
          "a nested stack's template"),
      "AWS::StepFunctions::StateMachine DefinitionS3Location", new Limit(STATE_MACHINE_DEFINITION_BYTES, false,
          "a state machine's definition"));

  /** What Lambda unzips. */
  private static final Set<String> ZIPPED = Set.of("AWS::Lambda::Function Code", "AWS::Lambda::LayerVersion Content");

  private AssetCheck() {}

  static void run(Template template, Names names, List<Problem> problems) {
    List<Asset.Use> uses = template.assetUses();
    if (!uses.isEmpty()) {
      for (Parameter<?> parameter : template.parameters()) {
        if (parameter.logicalId().equals(Asset.BUCKET_PARAMETER) && !Asset.isBucketParameter(parameter)) {
          problems.add(new Problem("Parameters." + Asset.BUCKET_PARAMETER, "the template uses assets, whose bucket "
              + "the deployer passes in this parameter; give the template's own parameter another name"));
        }
      }
    }
    // Once per asset and property: a location's bucket and key both name it.
    Set<String> told = new HashSet<>();
    for (Asset.Use use : uses) {
      Asset asset = use.asset();
      String[] parts = use.path().split("\\.");
      boolean property = parts.length >= 4 && parts[0].equals("Resources") && parts[2].equals("Properties");
      String name = property ? parts[3].replaceFirst("\\[.*", "") : null; // Code[1]: inside an Fn::If
      String at = property ? String.join(".", parts[0], parts[1], parts[2], name) : use.path();
      if (!told.add(asset.objectKey() + " " + at)) {
        continue;
      }
      if (asset.problem() != null) {
        problems.add(new Problem(at, asset.kind().name().toLowerCase(java.util.Locale.ROOT) + " asset "
            + asset.path() + ": " + asset.problem()));
        continue;
      }
      Resource<?> resource = property ? names.resources.get(parts[1]) : null;
      String typeAndProperty = resource == null ? "" : resource.type() + " " + name;
      if (ZIPPED.contains(typeAndProperty) && asset.kind() != Asset.Kind.FOLDER && !asset.objectKey().endsWith(".zip")
          && !asset.objectKey().endsWith(".jar")) {
        problems.add(new Problem(at, asset.path() + " is not a zip; Lambda takes code and layers as a zip (or a "
            + "jar): make the asset of its folder, Asset.folder(...)"));
        continue;
      }
      Limit limit = LIMITS.get(typeAndProperty);
      long size = limit == null ? 0 : limit.unpacked() ? asset.unpackedSize() : asset.size();
      if (limit != null && size > limit.bytes()) {
        problems.add(new Problem(at, asset.path() + " is " + size + " bytes; " + limit.what()
            + " takes at most " + limit.bytes()));
      }
    }
    for (Resource<?> resource : template.resources()) {
      if (resource instanceof NestedTemplate nested) {
        nested(nested, problems);
      }
    }
  }

  /** The child's own problems under the parent's path to it, and the parameters it lacks. */
  private static void nested(NestedTemplate nested, List<Problem> problems) {
    String at = "Resources." + nested.logicalId();
    if (nested.nestedProblem() != null) {
      problems.add(new Problem(at, nested.nestedProblem()));
    }
    for (Problem problem : Validator.validateStructure(nested.nestedTemplate())) {
      problems.add(new Problem(at + ".Template." + problem.path(), problem.message()));
    }
    Set<String> given = nested.givenParameters();
    for (Parameter<?> parameter : nested.nestedTemplate().parameters()) {
      if (parameter.defaultValue() == null && !given.contains(parameter.logicalId())) {
        problems.add(new Problem(at + ".Properties.Parameters", "the nested template's parameter "
            + parameter.logicalId() + " has no default, and no value is given here"));
      }
    }
  }
}
