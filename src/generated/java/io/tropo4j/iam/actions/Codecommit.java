// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.iam.actions;

import io.tropo4j.iam.Action;

/**
 * The IAM actions of AWS CodeCommit (prefix {@code codecommit}), as the service authorization reference lists them.
 */
public final class Codecommit {
  /** The service's prefix in an action's name. */
  public static final String PREFIX = "codecommit";

  /** {@code codecommit:AssociateApprovalRuleTemplateWithRepository}: Write; on repository. */
  public static final Action ASSOCIATE_APPROVAL_RULE_TEMPLATE_WITH_REPOSITORY = Action.of(PREFIX, "AssociateApprovalRuleTemplateWithRepository");

  /** {@code codecommit:BatchAssociateApprovalRuleTemplateWithRepositories}: Write; on repository. */
  public static final Action BATCH_ASSOCIATE_APPROVAL_RULE_TEMPLATE_WITH_REPOSITORIES = Action.of(PREFIX, "BatchAssociateApprovalRuleTemplateWithRepositories");

  /** {@code codecommit:BatchDescribeMergeConflicts}: Read; on repository. */
  public static final Action BATCH_DESCRIBE_MERGE_CONFLICTS = Action.of(PREFIX, "BatchDescribeMergeConflicts");

  /** {@code codecommit:BatchDisassociateApprovalRuleTemplateFromRepositories}: Write; on repository. */
  public static final Action BATCH_DISASSOCIATE_APPROVAL_RULE_TEMPLATE_FROM_REPOSITORIES = Action.of(PREFIX, "BatchDisassociateApprovalRuleTemplateFromRepositories");

  /** {@code codecommit:BatchGetCommits}: Read; on repository. */
  public static final Action BATCH_GET_COMMITS = Action.of(PREFIX, "BatchGetCommits");

  /** {@code codecommit:BatchGetPullRequests}: Read; on repository. */
  public static final Action BATCH_GET_PULL_REQUESTS = Action.of(PREFIX, "BatchGetPullRequests");

  /** {@code codecommit:BatchGetRepositories}: Read; on repository. */
  public static final Action BATCH_GET_REPOSITORIES = Action.of(PREFIX, "BatchGetRepositories");

  /** {@code codecommit:CancelUploadArchive}: Read; on repository. */
  public static final Action CANCEL_UPLOAD_ARCHIVE = Action.of(PREFIX, "CancelUploadArchive");

  /** {@code codecommit:CreateApprovalRuleTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action CREATE_APPROVAL_RULE_TEMPLATE = Action.of(PREFIX, "CreateApprovalRuleTemplate");

  /** {@code codecommit:CreateBranch}: Write; on repository. */
  public static final Action CREATE_BRANCH = Action.of(PREFIX, "CreateBranch");

  /** {@code codecommit:CreateCommit}: Write; on repository. */
  public static final Action CREATE_COMMIT = Action.of(PREFIX, "CreateCommit");

  /** {@code codecommit:CreatePullRequest}: Write; on repository. */
  public static final Action CREATE_PULL_REQUEST = Action.of(PREFIX, "CreatePullRequest");

  /** {@code codecommit:CreatePullRequestApprovalRule}: Write; on repository. */
  public static final Action CREATE_PULL_REQUEST_APPROVAL_RULE = Action.of(PREFIX, "CreatePullRequestApprovalRule");

  /** {@code codecommit:CreateRepository}: Write; on repository. */
  public static final Action CREATE_REPOSITORY = Action.of(PREFIX, "CreateRepository");

  /** {@code codecommit:CreateUnreferencedMergeCommit}: Write; on repository. */
  public static final Action CREATE_UNREFERENCED_MERGE_COMMIT = Action.of(PREFIX, "CreateUnreferencedMergeCommit");

  /** {@code codecommit:DeleteApprovalRuleTemplate}: Write; on no resource type (give {@code *}). */
  public static final Action DELETE_APPROVAL_RULE_TEMPLATE = Action.of(PREFIX, "DeleteApprovalRuleTemplate");

  /** {@code codecommit:DeleteBranch}: Write; on repository. */
  public static final Action DELETE_BRANCH = Action.of(PREFIX, "DeleteBranch");

  /** {@code codecommit:DeleteCommentContent}: Write; on repository. */
  public static final Action DELETE_COMMENT_CONTENT = Action.of(PREFIX, "DeleteCommentContent");

  /** {@code codecommit:DeleteFile}: Write; on repository. */
  public static final Action DELETE_FILE = Action.of(PREFIX, "DeleteFile");

  /** {@code codecommit:DeletePullRequestApprovalRule}: Write; on repository. */
  public static final Action DELETE_PULL_REQUEST_APPROVAL_RULE = Action.of(PREFIX, "DeletePullRequestApprovalRule");

  /** {@code codecommit:DeleteRepository}: Write; on repository. */
  public static final Action DELETE_REPOSITORY = Action.of(PREFIX, "DeleteRepository");

  /** {@code codecommit:DescribeMergeConflicts}: Read; on repository. */
  public static final Action DESCRIBE_MERGE_CONFLICTS = Action.of(PREFIX, "DescribeMergeConflicts");

  /** {@code codecommit:DescribePullRequestEvents}: Read; on repository. */
  public static final Action DESCRIBE_PULL_REQUEST_EVENTS = Action.of(PREFIX, "DescribePullRequestEvents");

  /** {@code codecommit:DisassociateApprovalRuleTemplateFromRepository}: Write; on repository. */
  public static final Action DISASSOCIATE_APPROVAL_RULE_TEMPLATE_FROM_REPOSITORY = Action.of(PREFIX, "DisassociateApprovalRuleTemplateFromRepository");

  /** {@code codecommit:EvaluatePullRequestApprovalRules}: Read; on repository. */
  public static final Action EVALUATE_PULL_REQUEST_APPROVAL_RULES = Action.of(PREFIX, "EvaluatePullRequestApprovalRules");

  /** {@code codecommit:GetApprovalRuleTemplate}: Read; on no resource type (give {@code *}). */
  public static final Action GET_APPROVAL_RULE_TEMPLATE = Action.of(PREFIX, "GetApprovalRuleTemplate");

  /** {@code codecommit:GetBlob}: Read; on repository. */
  public static final Action GET_BLOB = Action.of(PREFIX, "GetBlob");

  /** {@code codecommit:GetBranch}: Read; on repository. */
  public static final Action GET_BRANCH = Action.of(PREFIX, "GetBranch");

  /** {@code codecommit:GetComment}: Read; on repository. */
  public static final Action GET_COMMENT = Action.of(PREFIX, "GetComment");

  /** {@code codecommit:GetCommentReactions}: Read; on repository. */
  public static final Action GET_COMMENT_REACTIONS = Action.of(PREFIX, "GetCommentReactions");

  /** {@code codecommit:GetCommentsForComparedCommit}: Read; on repository. */
  public static final Action GET_COMMENTS_FOR_COMPARED_COMMIT = Action.of(PREFIX, "GetCommentsForComparedCommit");

  /** {@code codecommit:GetCommentsForPullRequest}: Read; on repository. */
  public static final Action GET_COMMENTS_FOR_PULL_REQUEST = Action.of(PREFIX, "GetCommentsForPullRequest");

  /** {@code codecommit:GetCommit}: Read; on repository. */
  public static final Action GET_COMMIT = Action.of(PREFIX, "GetCommit");

  /** {@code codecommit:GetCommitHistory}: Read; on repository. */
  public static final Action GET_COMMIT_HISTORY = Action.of(PREFIX, "GetCommitHistory");

  /** {@code codecommit:GetCommitsFromMergeBase}: Read; on repository. */
  public static final Action GET_COMMITS_FROM_MERGE_BASE = Action.of(PREFIX, "GetCommitsFromMergeBase");

  /** {@code codecommit:GetDifferences}: Read; on repository. */
  public static final Action GET_DIFFERENCES = Action.of(PREFIX, "GetDifferences");

  /** {@code codecommit:GetFile}: Read; on repository. */
  public static final Action GET_FILE = Action.of(PREFIX, "GetFile");

  /** {@code codecommit:GetFolder}: Read; on repository. */
  public static final Action GET_FOLDER = Action.of(PREFIX, "GetFolder");

  /** {@code codecommit:GetMergeCommit}: Read; on repository. */
  public static final Action GET_MERGE_COMMIT = Action.of(PREFIX, "GetMergeCommit");

  /** {@code codecommit:GetMergeConflicts}: Read; on repository. */
  public static final Action GET_MERGE_CONFLICTS = Action.of(PREFIX, "GetMergeConflicts");

  /** {@code codecommit:GetMergeOptions}: Read; on repository. */
  public static final Action GET_MERGE_OPTIONS = Action.of(PREFIX, "GetMergeOptions");

  /** {@code codecommit:GetObjectIdentifier}: Read; on repository. */
  public static final Action GET_OBJECT_IDENTIFIER = Action.of(PREFIX, "GetObjectIdentifier");

  /** {@code codecommit:GetPullRequest}: Read; on repository. */
  public static final Action GET_PULL_REQUEST = Action.of(PREFIX, "GetPullRequest");

  /** {@code codecommit:GetPullRequestApprovalStates}: Read; on repository. */
  public static final Action GET_PULL_REQUEST_APPROVAL_STATES = Action.of(PREFIX, "GetPullRequestApprovalStates");

  /** {@code codecommit:GetPullRequestOverrideState}: Read; on repository. */
  public static final Action GET_PULL_REQUEST_OVERRIDE_STATE = Action.of(PREFIX, "GetPullRequestOverrideState");

  /** {@code codecommit:GetReferences}: Read; on repository. */
  public static final Action GET_REFERENCES = Action.of(PREFIX, "GetReferences");

  /** {@code codecommit:GetRepository}: Read; on repository. */
  public static final Action GET_REPOSITORY = Action.of(PREFIX, "GetRepository");

  /** {@code codecommit:GetRepositoryTriggers}: Read; on repository. */
  public static final Action GET_REPOSITORY_TRIGGERS = Action.of(PREFIX, "GetRepositoryTriggers");

  /** {@code codecommit:GetTree}: Read; on repository. */
  public static final Action GET_TREE = Action.of(PREFIX, "GetTree");

  /** {@code codecommit:GetUploadArchiveStatus}: Read; on repository. */
  public static final Action GET_UPLOAD_ARCHIVE_STATUS = Action.of(PREFIX, "GetUploadArchiveStatus");

  /** {@code codecommit:GitPull}: Read; on repository. */
  public static final Action GIT_PULL = Action.of(PREFIX, "GitPull");

  /** {@code codecommit:GitPush}: Write; on repository. */
  public static final Action GIT_PUSH = Action.of(PREFIX, "GitPush");

  /** {@code codecommit:ListApprovalRuleTemplates}: List; on no resource type (give {@code *}). */
  public static final Action LIST_APPROVAL_RULE_TEMPLATES = Action.of(PREFIX, "ListApprovalRuleTemplates");

  /** {@code codecommit:ListAssociatedApprovalRuleTemplatesForRepository}: List; on repository. */
  public static final Action LIST_ASSOCIATED_APPROVAL_RULE_TEMPLATES_FOR_REPOSITORY = Action.of(PREFIX, "ListAssociatedApprovalRuleTemplatesForRepository");

  /** {@code codecommit:ListBranches}: List; on repository. */
  public static final Action LIST_BRANCHES = Action.of(PREFIX, "ListBranches");

  /** {@code codecommit:ListFileCommitHistory}: List; on repository. */
  public static final Action LIST_FILE_COMMIT_HISTORY = Action.of(PREFIX, "ListFileCommitHistory");

  /** {@code codecommit:ListPullRequests}: List; on repository. */
  public static final Action LIST_PULL_REQUESTS = Action.of(PREFIX, "ListPullRequests");

  /** {@code codecommit:ListRepositories}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORIES = Action.of(PREFIX, "ListRepositories");

  /** {@code codecommit:ListRepositoriesForApprovalRuleTemplate}: List; on no resource type (give {@code *}). */
  public static final Action LIST_REPOSITORIES_FOR_APPROVAL_RULE_TEMPLATE = Action.of(PREFIX, "ListRepositoriesForApprovalRuleTemplate");

  /** {@code codecommit:ListTagsForResource}: List; on repository. */
  public static final Action LIST_TAGS_FOR_RESOURCE = Action.of(PREFIX, "ListTagsForResource");

  /** {@code codecommit:MergeBranchesByFastForward}: Write; on repository. */
  public static final Action MERGE_BRANCHES_BY_FAST_FORWARD = Action.of(PREFIX, "MergeBranchesByFastForward");

  /** {@code codecommit:MergeBranchesBySquash}: Write; on repository. */
  public static final Action MERGE_BRANCHES_BY_SQUASH = Action.of(PREFIX, "MergeBranchesBySquash");

  /** {@code codecommit:MergeBranchesByThreeWay}: Write; on repository. */
  public static final Action MERGE_BRANCHES_BY_THREE_WAY = Action.of(PREFIX, "MergeBranchesByThreeWay");

  /** {@code codecommit:MergePullRequestByFastForward}: Write; on repository. */
  public static final Action MERGE_PULL_REQUEST_BY_FAST_FORWARD = Action.of(PREFIX, "MergePullRequestByFastForward");

  /** {@code codecommit:MergePullRequestBySquash}: Write; on repository. */
  public static final Action MERGE_PULL_REQUEST_BY_SQUASH = Action.of(PREFIX, "MergePullRequestBySquash");

  /** {@code codecommit:MergePullRequestByThreeWay}: Write; on repository. */
  public static final Action MERGE_PULL_REQUEST_BY_THREE_WAY = Action.of(PREFIX, "MergePullRequestByThreeWay");

  /** {@code codecommit:OverridePullRequestApprovalRules}: Write; on repository. */
  public static final Action OVERRIDE_PULL_REQUEST_APPROVAL_RULES = Action.of(PREFIX, "OverridePullRequestApprovalRules");

  /** {@code codecommit:PostCommentForComparedCommit}: Write; on repository. */
  public static final Action POST_COMMENT_FOR_COMPARED_COMMIT = Action.of(PREFIX, "PostCommentForComparedCommit");

  /** {@code codecommit:PostCommentForPullRequest}: Write; on repository. */
  public static final Action POST_COMMENT_FOR_PULL_REQUEST = Action.of(PREFIX, "PostCommentForPullRequest");

  /** {@code codecommit:PostCommentReply}: Write; on repository. */
  public static final Action POST_COMMENT_REPLY = Action.of(PREFIX, "PostCommentReply");

  /** {@code codecommit:PutCommentReaction}: Write; on repository. */
  public static final Action PUT_COMMENT_REACTION = Action.of(PREFIX, "PutCommentReaction");

  /** {@code codecommit:PutFile}: Write; on repository. */
  public static final Action PUT_FILE = Action.of(PREFIX, "PutFile");

  /** {@code codecommit:PutRepositoryTriggers}: Write; on repository. */
  public static final Action PUT_REPOSITORY_TRIGGERS = Action.of(PREFIX, "PutRepositoryTriggers");

  /** {@code codecommit:TagResource}: Tagging; on repository. */
  public static final Action TAG_RESOURCE = Action.of(PREFIX, "TagResource");

  /** {@code codecommit:TestRepositoryTriggers}: Write; on repository. */
  public static final Action TEST_REPOSITORY_TRIGGERS = Action.of(PREFIX, "TestRepositoryTriggers");

  /** {@code codecommit:UntagResource}: Tagging; on repository. */
  public static final Action UNTAG_RESOURCE = Action.of(PREFIX, "UntagResource");

  /** {@code codecommit:UpdateApprovalRuleTemplateContent}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPROVAL_RULE_TEMPLATE_CONTENT = Action.of(PREFIX, "UpdateApprovalRuleTemplateContent");

  /** {@code codecommit:UpdateApprovalRuleTemplateDescription}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPROVAL_RULE_TEMPLATE_DESCRIPTION = Action.of(PREFIX, "UpdateApprovalRuleTemplateDescription");

  /** {@code codecommit:UpdateApprovalRuleTemplateName}: Write; on no resource type (give {@code *}). */
  public static final Action UPDATE_APPROVAL_RULE_TEMPLATE_NAME = Action.of(PREFIX, "UpdateApprovalRuleTemplateName");

  /** {@code codecommit:UpdateComment}: Write; on repository. */
  public static final Action UPDATE_COMMENT = Action.of(PREFIX, "UpdateComment");

  /** {@code codecommit:UpdateDefaultBranch}: Write; on repository. */
  public static final Action UPDATE_DEFAULT_BRANCH = Action.of(PREFIX, "UpdateDefaultBranch");

  /** {@code codecommit:UpdatePullRequestApprovalRuleContent}: Write; on repository. */
  public static final Action UPDATE_PULL_REQUEST_APPROVAL_RULE_CONTENT = Action.of(PREFIX, "UpdatePullRequestApprovalRuleContent");

  /** {@code codecommit:UpdatePullRequestApprovalState}: Write; on repository. */
  public static final Action UPDATE_PULL_REQUEST_APPROVAL_STATE = Action.of(PREFIX, "UpdatePullRequestApprovalState");

  /** {@code codecommit:UpdatePullRequestDescription}: Write; on repository. */
  public static final Action UPDATE_PULL_REQUEST_DESCRIPTION = Action.of(PREFIX, "UpdatePullRequestDescription");

  /** {@code codecommit:UpdatePullRequestStatus}: Write; on repository. */
  public static final Action UPDATE_PULL_REQUEST_STATUS = Action.of(PREFIX, "UpdatePullRequestStatus");

  /** {@code codecommit:UpdatePullRequestTitle}: Write; on repository. */
  public static final Action UPDATE_PULL_REQUEST_TITLE = Action.of(PREFIX, "UpdatePullRequestTitle");

  /** {@code codecommit:UpdateRepositoryDescription}: Write; on repository. */
  public static final Action UPDATE_REPOSITORY_DESCRIPTION = Action.of(PREFIX, "UpdateRepositoryDescription");

  /** {@code codecommit:UpdateRepositoryEncryptionKey}: Write; on repository. */
  public static final Action UPDATE_REPOSITORY_ENCRYPTION_KEY = Action.of(PREFIX, "UpdateRepositoryEncryptionKey");

  /** {@code codecommit:UpdateRepositoryName}: Write; on repository. */
  public static final Action UPDATE_REPOSITORY_NAME = Action.of(PREFIX, "UpdateRepositoryName");

  /** {@code codecommit:UploadArchive}: Write; on repository. */
  public static final Action UPLOAD_ARCHIVE = Action.of(PREFIX, "UploadArchive");

  private Codecommit() {}

  /** The actions whose names match a wildcard pattern, such as {@code Get*}: visible as a wildcard. */
  public static Action actions(String pattern) {
    return Action.wildcard(PREFIX, pattern);
  }
}
