// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS Glue DataBrew (prefix {@code databrew}), as the service authorization reference lists them.
 */
public final class Databrew {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "databrew";

  /** {@code databrew:BatchDeleteRecipeVersion}: Write; on Recipe. */
  public static final Action BATCH_DELETE_RECIPE_VERSION = Action.of(PREFIX, "BatchDeleteRecipeVersion");

  /** {@code databrew:CreateDataset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_DATASET = Action.of(PREFIX, "CreateDataset");

  /** {@code databrew:CreateProfileJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROFILE_JOB = Action.of(PREFIX, "CreateProfileJob");

  /** {@code databrew:CreateProject}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_PROJECT = Action.of(PREFIX, "CreateProject");

  /** {@code databrew:CreateRecipe}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RECIPE = Action.of(PREFIX, "CreateRecipe");

  /** {@code databrew:CreateRecipeJob}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RECIPE_JOB = Action.of(PREFIX, "CreateRecipeJob");

  /** {@code databrew:CreateRuleset}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_RULESET = Action.of(PREFIX, "CreateRuleset");

  /** {@code databrew:CreateSchedule}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_SCHEDULE = Action.of(PREFIX, "CreateSchedule");

  /** {@code databrew:DeleteDataset}: Write; on Dataset. */
  public static final Action DELETE_DATASET = Action.of(PREFIX, "DeleteDataset");

  /** {@code databrew:DeleteJob}: Write; on Job. */
  public static final Action DELETE_JOB = Action.of(PREFIX, "DeleteJob");

  /** {@code databrew:DeleteProject}: Write; on Project. */
  public static final Action DELETE_PROJECT = Action.of(PREFIX, "DeleteProject");

  /** {@code databrew:DeleteRecipeVersion}: Write; on Recipe. */
  public static final Action DELETE_RECIPE_VERSION = Action.of(PREFIX, "DeleteRecipeVersion");

  /** {@code databrew:DeleteRuleset}: Write; on Ruleset. */
  public static final Action DELETE_RULESET = Action.of(PREFIX, "DeleteRuleset");

  /** {@code databrew:DeleteSchedule}: Write; on Schedule. */
  public static final Action DELETE_SCHEDULE = Action.of(PREFIX, "DeleteSchedule");

  /** {@code databrew:DescribeDataset}: Read; on Dataset. */
  public static final Action DESCRIBE_DATASET = Action.of(PREFIX, "DescribeDataset");

  /** {@code databrew:DescribeJob}: Read; on Job. */
  public static final Action DESCRIBE_JOB = Action.of(PREFIX, "DescribeJob");

  /** {@code databrew:DescribeJobRun}: Read; on Job. */
  public static final Action DESCRIBE_JOB_RUN = Action.of(PREFIX, "DescribeJobRun");

  /** {@code databrew:DescribeProject}: Read; on Project. */
  public static final Action DESCRIBE_PROJECT = Action.of(PREFIX, "DescribeProject");

  /** {@code databrew:DescribeRecipe}: Read; on Recipe. */
  public static final Action DESCRIBE_RECIPE = Action.of(PREFIX, "DescribeRecipe");

  /** {@code databrew:DescribeRuleset}: Read; on Ruleset. */
  public static final Action DESCRIBE_RULESET = Action.of(PREFIX, "DescribeRuleset");

  /** {@code databrew:DescribeSchedule}: Read; on Schedule. */
  public static final Action DESCRIBE_SCHEDULE = Action.of(PREFIX, "DescribeSchedule");

  /** {@code databrew:ListDatasets}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_DATASETS = Action.of(PREFIX, "ListDatasets");

  /** {@code databrew:ListJobRuns}: Read; on Job. */
  public static final Action LIST_JOB_RUNS = Action.of(PREFIX, "ListJobRuns");

  /** {@code databrew:ListJobs}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_JOBS = Action.of(PREFIX, "ListJobs");

  /** {@code databrew:ListProjects}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_PROJECTS = Action.of(PREFIX, "ListProjects");

  /** {@code databrew:ListRecipeVersions}: Read; on Recipe. */
  public static final Action LIST_RECIPE_VERSIONS = Action.of(PREFIX, "ListRecipeVersions");

  /** {@code databrew:ListRecipes}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RECIPES = Action.of(PREFIX, "ListRecipes");

  /** {@code databrew:ListRulesets}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_RULESETS = Action.of(PREFIX, "ListRulesets");

  /** {@code databrew:ListSchedules}: Read; on no resource type (give {@code *}). */
  public static final Action LIST_SCHEDULES = Action.of(PREFIX, "ListSchedules");

  /** {@code databrew:ListTagsForResource}: Read; on Dataset, Job, Project, Recipe, Ruleset, Schedule. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code databrew:PublishRecipe}: Write; on Recipe. */
  public static final Action PUBLISH_RECIPE = Action.of(PREFIX, "PublishRecipe");

  /** {@code databrew:SendProjectSessionAction}: Write; on Project. */
  public static final Action SEND_PROJECT_SESSION_ACTION = Action.of(PREFIX, "SendProjectSessionAction");

  /** {@code databrew:StartJobRun}: Write; on Job. */
  public static final Action START_JOB_RUN = Action.of(PREFIX, "StartJobRun");

  /** {@code databrew:StartProjectSession}: Write; on Project. */
  public static final Action START_PROJECT_SESSION = Action.of(PREFIX, "StartProjectSession");

  /** {@code databrew:StopJobRun}: Write; on Job. */
  public static final Action STOP_JOB_RUN = Action.of(PREFIX, "StopJobRun");

  /** {@code databrew:TagResource}: Tagging; on Dataset, Job, Project, Recipe, Ruleset, Schedule. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code databrew:UntagResource}: Tagging; on Dataset, Job, Project, Recipe, Ruleset, Schedule. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code databrew:UpdateDataset}: Write; on Dataset. */
  public static final Action UPDATE_DATASET = Action.of(PREFIX, "UpdateDataset");

  /** {@code databrew:UpdateProfileJob}: Write; on Job. */
  public static final Action UPDATE_PROFILE_JOB = Action.of(PREFIX, "UpdateProfileJob");

  /** {@code databrew:UpdateProject}: Write; on Project. */
  public static final Action UPDATE_PROJECT = Action.of(PREFIX, "UpdateProject");

  /** {@code databrew:UpdateRecipe}: Write; on Recipe. */
  public static final Action UPDATE_RECIPE = Action.of(PREFIX, "UpdateRecipe");

  /** {@code databrew:UpdateRecipeJob}: Write; on Job. */
  public static final Action UPDATE_RECIPE_JOB = Action.of(PREFIX, "UpdateRecipeJob");

  /** {@code databrew:UpdateRuleset}: Write; on Ruleset. */
  public static final Action UPDATE_RULESET = Action.of(PREFIX, "UpdateRuleset");

  /** {@code databrew:UpdateSchedule}: Write; on Schedule. */
  public static final Action UPDATE_SCHEDULE = Action.of(PREFIX, "UpdateSchedule");

  private Databrew() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
