// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.inspectorv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Creates a code security integration with a source code repository provider.
 *
 * <p>CloudFormation type {@code AWS::InspectorV2::CodeSecurityIntegration}.
 */
public final class CodeSecurityIntegration extends Resource<CodeSecurityIntegration> {
  private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityIntegration")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9-_$:.]*$").minLength(1).maxLength(60))
      .allowed("Type", "GITLAB_SELF_MANAGED", "GITHUB")
      .refYields("Arn")
      .attributes("Arn", "AuthorizationUrl", "CreatedAt", "LastUpdatedAt", "Status", "StatusReason")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public CodeSecurityIntegration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Contains details required to create a code security integration with a specific repository
   * provider.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code CreateIntegrationDetails}.
   */
  public CodeSecurityIntegration createIntegrationDetails(Value<CreateDetails> value) {
    return set("CreateIntegrationDetails", value);
  }

  /**
   * The name of the code security integration.
   *
   * <p>Length: 1 to 60 characters. Pattern: {@code ^[a-zA-Z0-9-_$:.]*$}. CloudFormation property
   * {@code Name}.
   */
  public CodeSecurityIntegration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public CodeSecurityIntegration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags to apply to the code security integration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CodeSecurityIntegration tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public CodeSecurityIntegration tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public CodeSecurityIntegration tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The type of repository provider for the integration.
   *
   * <p>Allowed values: {@code GITLAB_SELF_MANAGED}, {@code GITHUB}. CloudFormation property {@code
   * Type}.
   */
  public CodeSecurityIntegration typeProperty(String value) {
    return set("Type", Value.of(value));
  }

  /** Sets {@code Type} to this value; see {@link #typeProperty(String)}. */
  public CodeSecurityIntegration typeProperty(Value<String> value) {
    return set("Type", value);
  }

  /**
   * The updated integration details specific to the repository provider type.
   *
   * <p>CloudFormation property {@code UpdateIntegrationDetails}.
   */
  public CodeSecurityIntegration updateIntegrationDetails(Value<UpdateDetails> value) {
    return set("UpdateIntegrationDetails", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the code security integration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The URL used to authorize the integration with the repository provider.
   *
   * <p>{@code Fn::GetAtt} attribute {@code AuthorizationUrl}.
   */
  public Value<String> authorizationUrl() {
    return getAtt("AuthorizationUrl");
  }

  /**
   * The timestamp when the code security integration was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The timestamp when the code security integration was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The current status of the integration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * The reason for the current status of the code security integration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusReason}.
   */
  public Value<String> statusReason() {
    return getAtt("StatusReason");
  }

  /**
   * Contains details required to create a code security integration with a specific repository
   * provider.
   *
   * <p>Property type {@code AWS::InspectorV2::CodeSecurityIntegration.CreateDetails}.
   */
  public static final class CreateDetails extends Struct<CreateDetails> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityIntegration.CreateDetails")
        .required("gitlabSelfManaged")
        .build();

    public CreateDetails() {
      super(SCHEMA);
    }

    /**
     * Details specific to creating an integration with a self-managed GitLab instance.
     *
     * <p>Required. CloudFormation property {@code gitlabSelfManaged}.
     */
    public CreateDetails gitlabSelfManaged(Value<CreateGitLabSelfManagedIntegrationDetail> value) {
      return set("gitlabSelfManaged", value);
    }
  }

  /**
   * Contains details required to create an integration with a self-managed GitLab instance.
   *
   * <p>Property type {@code
   * AWS::InspectorV2::CodeSecurityIntegration.CreateGitLabSelfManagedIntegrationDetail}.
   */
  public static final class CreateGitLabSelfManagedIntegrationDetail extends Struct<CreateGitLabSelfManagedIntegrationDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityIntegration.CreateGitLabSelfManagedIntegrationDetail")
        .required("accessToken", "instanceUrl")
        .constrain("instanceUrl", Constraint.of().pattern("^https://[-a-zA-Z0-9()@:%_+.~#?&//=]{1,1024}$"))
        .build();

    public CreateGitLabSelfManagedIntegrationDetail() {
      super(SCHEMA);
    }

    /**
     * The personal access token used to authenticate with the self-managed GitLab instance.
     *
     * <p>Required. CloudFormation property {@code accessToken}.
     */
    public CreateGitLabSelfManagedIntegrationDetail accessToken(String value) {
      return set("accessToken", Value.of(value));
    }

    /** Sets {@code accessToken} to this value; see {@link #accessToken(String)}. */
    public CreateGitLabSelfManagedIntegrationDetail accessToken(Value<String> value) {
      return set("accessToken", value);
    }

    /**
     * The URL of the self-managed GitLab instance.
     *
     * <p>Required. Pattern: {@code ^https://[-a-zA-Z0-9()&#64;:%_+.~#?&amp;//=]{1,1024}$}.
     * CloudFormation property {@code instanceUrl}.
     */
    public CreateGitLabSelfManagedIntegrationDetail instanceUrl(String value) {
      return set("instanceUrl", Value.of(value));
    }

    /** Sets {@code instanceUrl} to this value; see {@link #instanceUrl(String)}. */
    public CreateGitLabSelfManagedIntegrationDetail instanceUrl(Value<String> value) {
      return set("instanceUrl", value);
    }
  }

  /**
   * Contains details required to update a code security integration with a specific repository
   * provider.
   *
   * <p>Property type {@code AWS::InspectorV2::CodeSecurityIntegration.UpdateDetails}.
   */
  public static final class UpdateDetails extends Struct<UpdateDetails> {
    private static final Schema SCHEMA = Schema.of("AWS::InspectorV2::CodeSecurityIntegration.UpdateDetails");

    public UpdateDetails() {
      super(SCHEMA);
    }

    /**
     * Details specific to updating an integration with GitHub.
     *
     * <p>CloudFormation property {@code github}.
     */
    public UpdateDetails github(Value<UpdateGitHubIntegrationDetail> value) {
      return set("github", value);
    }

    /**
     * Details specific to updating an integration with a self-managed GitLab instance.
     *
     * <p>CloudFormation property {@code gitlabSelfManaged}.
     */
    public UpdateDetails gitlabSelfManaged(Value<UpdateGitLabSelfManagedIntegrationDetail> value) {
      return set("gitlabSelfManaged", value);
    }
  }

  /**
   * Contains details required to update an integration with GitHub.
   *
   * <p>Property type {@code
   * AWS::InspectorV2::CodeSecurityIntegration.UpdateGitHubIntegrationDetail}.
   */
  public static final class UpdateGitHubIntegrationDetail extends Struct<UpdateGitHubIntegrationDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityIntegration.UpdateGitHubIntegrationDetail")
        .required("code", "installationId")
        .constrain("code", Constraint.of().minLength(1).maxLength(1024))
        .constrain("installationId", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public UpdateGitHubIntegrationDetail() {
      super(SCHEMA);
    }

    /**
     * The authorization code received from GitHub to update the integration.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code code}.
     */
    public UpdateGitHubIntegrationDetail code(String value) {
      return set("code", Value.of(value));
    }

    /** Sets {@code code} to this value; see {@link #code(String)}. */
    public UpdateGitHubIntegrationDetail code(Value<String> value) {
      return set("code", value);
    }

    /**
     * The installation ID of the GitHub App associated with the integration.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code installationId}.
     */
    public UpdateGitHubIntegrationDetail installationId(String value) {
      return set("installationId", Value.of(value));
    }

    /** Sets {@code installationId} to this value; see {@link #installationId(String)}. */
    public UpdateGitHubIntegrationDetail installationId(Value<String> value) {
      return set("installationId", value);
    }
  }

  /**
   * Contains details required to update an integration with a self-managed GitLab instance.
   *
   * <p>Property type {@code
   * AWS::InspectorV2::CodeSecurityIntegration.UpdateGitLabSelfManagedIntegrationDetail}.
   */
  public static final class UpdateGitLabSelfManagedIntegrationDetail extends Struct<UpdateGitLabSelfManagedIntegrationDetail> {
    private static final Schema SCHEMA = Schema.builder("AWS::InspectorV2::CodeSecurityIntegration.UpdateGitLabSelfManagedIntegrationDetail")
        .required("authCode")
        .constrain("authCode", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public UpdateGitLabSelfManagedIntegrationDetail() {
      super(SCHEMA);
    }

    /**
     * The authorization code received from the self-managed GitLab instance to update the
     * integration.
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code authCode}.
     */
    public UpdateGitLabSelfManagedIntegrationDetail authCode(String value) {
      return set("authCode", Value.of(value));
    }

    /** Sets {@code authCode} to this value; see {@link #authCode(String)}. */
    public UpdateGitLabSelfManagedIntegrationDetail authCode(Value<String> value) {
      return set("authCode", value);
    }
  }
}
