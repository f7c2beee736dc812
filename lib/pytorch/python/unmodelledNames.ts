/**
 * Real names of the libraries' modules that this session does not model, by module. Reaching
 * one answers in one line naming it (NotImplementedError); any other missing name is an
 * AttributeError worded as Python words it, since the real module has no such attribute either.
 */
const UNMODELLED: Record<string, string> = {
  'torch.nn.functional':
    'interpolate pad one_hot normalize silu hardtanh relu6 log_sigmoid softsign glu conv3d max_pool1d avg_pool1d adaptive_max_pool2d adaptive_avg_pool1d batch_norm instance_norm group_norm kl_div smooth_l1_loss huber_loss cosine_similarity pairwise_distance unfold fold grid_sample dropout2d pixel_shuffle upsample gumbel_softmax triplet_margin_loss margin_ranking_loss hinge_embedding_loss cosine_embedding_loss poisson_nll_loss gaussian_nll_loss multi_margin_loss scaled_dot_product_attention',
  'torch.optim':
    'RMSprop Adagrad AdamW Adadelta Adamax LBFGS NAdam RAdam SparseAdam ASGD Rprop lr_scheduler swa_utils',
  numpy:
    'linspace random sum var sqrt exp log sin cos tanh dot matmul concatenate stack vstack hstack where argmax argmin argsort sort max min abs cumsum eye full empty zeros_like ones_like clip allclose isclose array_split split median percentile histogram transpose expand_dims squeeze einsum linalg pi e inf nan newaxis round floor ceil prod maximum minimum log1p expm1 power square meshgrid tile flip roll diff outer cross argwhere nonzero count_nonzero isnan isinf nanmean quantile corrcoef cov polyfit polyval interp searchsorted digitize save load',
  'sklearn.model_selection':
    'cross_val_score cross_validate cross_val_predict GridSearchCV RandomizedSearchCV RepeatedKFold RepeatedStratifiedKFold LeaveOneGroupOut LeavePGroupsOut LeavePOut GroupShuffleSplit StratifiedGroupKFold PredefinedSplit learning_curve validation_curve ParameterGrid check_cv permutation_test_score',
};

const SETS = new Map(Object.entries(UNMODELLED).map(([k, v]) => [k, new Set(v.split(' '))]));

/** Whether `module.name` is a real name left outside the session's model. */
export const isUnmodelled = (module: string, name: string): boolean =>
  SETS.get(module)?.has(name) ?? false;
