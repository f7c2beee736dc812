"""A stand-in for torchvision where it is not installed: only ops.deform_conv2d (stride 1,
dilation 1, one offset group, no mask), written with grid_sample, so the DeformableSampling
program can be run through. Not torchvision: a run with it checks the rest of the program."""
